package org.eshraqa.portal.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.eshraqa.portal.notifications.Notifications;
import org.eshraqa.portal.shared.ui.NavbarContribution;

/** The bell in the top bar, with the number of unread notifications; for signed-in people only. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarContribution {

    private final Notifications notifications;
    private final AuthenticationContext authentication;

    NotificationBell(Notifications notifications, AuthenticationContext authentication) {
        this.notifications = notifications;
        this.authentication = authentication;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!authentication.isAuthenticated()) {
            return Optional.empty();
        }
        long unread = notifications.unreadCount();
        Anchor bell = new Anchor("notifications", VaadinIcon.BELL_O.create());
        bell.setId("notification-bell");
        bell.addClassName("portal-bell");
        bell.getElement().setAttribute("aria-label", bell.getTranslation("bell.label", unread));
        bell.getElement().setAttribute("title", bell.getTranslation("notifications.title"));
        if (unread > 0) {
            Span count = new Span(unread > 99 ? "99+" : String.valueOf(unread));
            count.setId("notification-count");
            count.getElement().getThemeList().add("badge error primary small pill");
            count.getElement().setAttribute("aria-hidden", "true");
            bell.add(count);
        }
        return Optional.of(bell);
    }
}
