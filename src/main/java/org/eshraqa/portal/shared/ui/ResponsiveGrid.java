package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A staff grid that reads whole at every width. On a desk (1280 px, the menu open) it shows the
 * columns staff decide by and hides the secondary ones until the window is wide; on a phone it
 * shows one column of cards, each row's fields one under the other with their names, instead of
 * columns cut off at the screen's edge. The window's width is read when the grid is shown and
 * whenever the window is resized.
 */
public final class ResponsiveGrid<T> {

    /** Below this window width (px) the secondary columns are hidden. */
    static final int WIDE = 1440;
    /** Below this window width (px) rows are cards. */
    static final int PHONE = 760;

    /** One field of a card: its name and its text. */
    public record Field<T>(String label, ValueProvider<T, String> value) {
    }

    private final Grid<T> grid;
    private final List<Grid.Column<T>> secondary = new ArrayList<>();
    private final List<Grid.Column<T>> keptOnPhone = new ArrayList<>();
    private Grid.Column<T> cards;
    private final List<Grid.Column<T>> columns = new ArrayList<>();

    private ResponsiveGrid(Grid<T> grid) {
        this.grid = grid;
    }

    public static <T> ResponsiveGrid<T> of(Grid<T> grid) {
        return new ResponsiveGrid<>(grid);
    }

    /** Columns that a desk of 1280 px can do without (they stay in each card on a phone). */
    @SafeVarargs
    public final ResponsiveGrid<T> secondary(Grid.Column<T>... columns) {
        secondary.addAll(List.of(columns));
        return this;
    }

    /** Columns that stay beside the cards on a phone (a row's buttons). */
    @SafeVarargs
    public final ResponsiveGrid<T> keepOnPhone(Grid.Column<T>... columns) {
        keptOnPhone.addAll(List.of(columns));
        return this;
    }

    /** The fields of a row's card on a phone, in order; the first is the card's title. */
    @SafeVarargs
    public final ResponsiveGrid<T> cards(Field<T>... fields) {
        StringBuilder template = new StringBuilder("<div class=\"portal-grid-card\">");
        for (int i = 0; i < fields.length; i++) {
            if (i == 0) {
                template.append("<strong class=\"portal-grid-card-title\">${item.f0}</strong>");
            } else {
                template.append("<div class=\"portal-grid-card-field\" ?hidden=\"${!item.f").append(i)
                        .append("}\"><span class=\"portal-grid-card-label\">").append(escape(fields[i].label()))
                        .append(": </span><span>${item.f").append(i).append("}</span></div>");
            }
        }
        template.append("</div>");
        LitRenderer<T> renderer = LitRenderer.of(template.toString());
        for (int i = 0; i < fields.length; i++) {
            ValueProvider<T, String> value = fields[i].value();
            renderer.withProperty("f" + i, row -> {
                String text = value.apply(row);
                return text == null ? "" : text;
            });
        }
        columns.addAll(grid.getColumns());
        cards = grid.addColumn(renderer).setFlexGrow(1);
        cards.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("data-fit", "");
        List<Registration> listening = new ArrayList<>();
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
            listening.add(ui.getPage().addBrowserWindowResizeListener(resize -> fit(resize.getWidth())));
        });
        grid.addDetachListener(detach -> {
            listening.forEach(Registration::remove);
            listening.clear();
        });
        return this;
    }

    /** Shows the columns that fit a window this wide. */
    void fit(int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < PHONE;
        boolean wide = windowWidth >= WIDE;
        for (Grid.Column<T> column : columns) {
            column.setVisible(phone ? keptOnPhone.contains(column) : wide || !secondary.contains(column));
        }
        if (cards != null) {
            cards.setVisible(phone);
        }
        // Which layout the grid has taken, for the browser tests that resize the window.
        grid.getElement().setAttribute("data-fit", phone ? "phone" : wide ? "wide" : "desk");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
