package org.eshraqa.portal.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.eshraqa.portal.notifications.Notifications;
import org.eshraqa.portal.shared.ui.NavbarContribution;
import org.eshraqa.portal.shared.ui.PortalIcon;

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
        return Optional.of(new Bell(notifications));
    }

    /**
     * The bell itself. The layout that holds it stays while the person moves from page to page,
     * so the count is read after every navigation (the first one included), not only when the
     * page loads: opening a notification lowers it at once.
     */
    static class Bell extends Anchor implements AfterNavigationObserver {

        private final transient Notifications notifications;
        private final Span count = new Span();

        Bell(Notifications notifications) {
            super("notifications", PortalIcon.BELL_O.create());
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("portal-bell");
            getElement().setAttribute("title", getTranslation("notifications.title"));
            count.setId("notification-count");
            count.getElement().getThemeList().add("badge error primary small pill");
            count.getElement().setAttribute("aria-hidden", "true");
            add(count);
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        void refresh() {
            long unread = notifications.unreadCount();
            getElement().setAttribute("aria-label", getTranslation("bell.label", unread));
            count.setText(unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
        }
    }
}
