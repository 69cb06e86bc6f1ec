package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * What a person sees when the node that held their page is lost (a cluster node stopped or
 * restarted). Vaadin keeps each page's state in its node's memory, so the next click reaches a
 * node that does not know the page. Instead of Vaadin's "session expired" box the browser reloads
 * the page at once: a person who chose to stay signed in is signed in again by the cookie (see
 * {@code identity.PortalRememberMeServices}, which calls {@link #mark}) and is told, once, that
 * the page was reloaded; anyone else gets the sign-in page and comes back to the same address.
 *
 * <p>"Once, and only in a tab that was open before": the tab remembers in its
 * {@code sessionStorage} that it showed the portal, so a person who opens the browser the next
 * morning and is signed in by the same cookie is not told about a reload that never happened.
 */
@Component
public class RestoredSignIn implements VaadinServiceInitListener {

    private static final String MARK = RestoredSignIn.class.getName() + ".restored";

    /** Marks a session opened by the remember-me cookie rather than by the person signing in. */
    public static void mark(HttpSession session) {
        session.setAttribute(MARK, Boolean.TRUE);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin keeps one system-messages provider per service: UiLanguage's, which gives Vaadin's
        // messages in the page's language, also turns the session-expired box off for this.
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            WrappedSession session = ui.getSession().getSession();
            boolean restored = session != null && session.getAttribute(MARK) != null;
            if (restored) {
                session.removeAttribute(MARK);
            }
            ui.getPage().executeJs("""
                    const seen = sessionStorage.getItem('portal-tab') !== null;
                    sessionStorage.setItem('portal-tab', '1');
                    return seen;""").then(Boolean.class, seen -> {
                if (restored && Boolean.TRUE.equals(seen)) {
                    show(ui);
                }
            });
        });
    }

    private static void show(UI ui) {
        Notification notice = new Notification(ui.getTranslation("session.restored"), 12_000,
                Notification.Position.TOP_CENTER);
        notice.setId("session-restored");
        notice.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        notice.getElement().setAttribute("role", "status");
        notice.open();
    }
}
