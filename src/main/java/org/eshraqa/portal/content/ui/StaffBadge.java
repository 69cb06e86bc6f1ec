package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** Marks a staff-only guide, for the staff who see it. */
final class StaffBadge {

    private StaffBadge() {
    }

    static Span create() {
        Span badge = new Span(UI.getCurrent().getTranslation("content.audience.STAFF"));
        badge.getElement().getThemeList().add("badge contrast");
        badge.addClassName("portal-staff-badge");
        return badge;
    }
}
