package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sign-in form posts outside Vaadin and the browser then loads a new page, so the sign-in
 * page's UI would stay in the session, with all its components, until three heartbeats are
 * missed (15 minutes). It is removed as soon as the sign-in succeeds: only UIs showing the
 * sign-in view, so other tabs of the same session keep theirs.
 */
@Component
class LoginUiRelease {

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                    release(vaadin);
                }
            }
        }
    }

    static void release(VaadinSession session) {
        List<UI> uis;
        session.lock();
        try {
            uis = new ArrayList<>(session.getUIs());
        } finally {
            session.unlock();
        }
        for (UI ui : uis) {
            // As Vaadin removes a closed UI: with the UI current, so its components detach normally.
            ui.accessSynchronously(() -> {
                if (ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance)) {
                    session.removeUI(ui);
                }
            });
        }
    }
}
