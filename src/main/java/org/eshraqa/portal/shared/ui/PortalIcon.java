package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * The icons the portal shows, drawn from one small sprite ({@code frontend/images/icons.svg}) rather
 * than Vaadin's {@code Icon}/{@code VaadinIcon}, whose 600-icon set (about 55 KB compressed) every
 * page would otherwise download first. Names are those of Vaadin Icons, as in {@code @Menu(icon =
 * "vaadin:…")}; a new icon needs its symbol added to the sprite ({@code PortalIconTest} checks).
 */
public enum PortalIcon {
    ARROW_DOWN, ARROW_UP, BELL_O, DOWNLOAD, FILE_TEXT_O, GLOBE, KEY, PLUS, REFRESH, SEARCH, SIGN_OUT, TRASH, USER;

    static final String SPRITE = "images/icons.svg";

    /** The symbol's id in the sprite: the Vaadin Icons name, e.g. {@code file-text-o}. */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public SvgIcon create() {
        return symbol(symbol());
    }

    /** The icon of a menu entry, named as in {@code @Menu(icon = "vaadin:home")} without the prefix. */
    static SvgIcon symbol(String symbol) {
        return new SvgIcon(SPRITE, symbol);
    }
}
