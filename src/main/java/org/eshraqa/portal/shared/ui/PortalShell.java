package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page around every view. Lumo is Vaadin's base theme; {@code styles/portal.css} (kept
 * under the top-level {@code frontend/styles} and served as a static resource) is the
 * association's look, written with logical properties so RTL and LTR both work.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Meta(name = "theme-color", content = "#1d6f67")
public class PortalShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("إشراقة | Eshraqa");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
