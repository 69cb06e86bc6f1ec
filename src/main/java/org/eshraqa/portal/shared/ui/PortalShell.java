package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML page around every view. Lumo is Vaadin's base theme; {@code styles/portal.css} (kept
 * under the top-level {@code frontend/styles} and served as a static resource) is the
 * association's look, written with logical properties so RTL and LTR both work.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Meta(name = "theme-color", content = "#1d6f67")
public class PortalShell implements AppShellConfigurator {

    /** Arabic keyboards' digits typed into number and date fields (arabic-digits.js). */
    private static final String ARABIC_DIGITS = script("arabic-digits.js");

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("إشراقة | Eshraqa");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
        settings.addInlineWithContents(Inline.Position.APPEND, ARABIC_DIGITS, Inline.Wrapping.JAVASCRIPT);
    }

    private static String script(String name) {
        try (InputStream in = PortalShell.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
