package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.eshraqa.portal.identity.PasswordChanges;
import org.springframework.stereotype.Component;

/**
 * While the signed-in person must replace a generated password, every navigation (a link, the
 * address bar, the back button) ends on {@link ChangePasswordView}; signing out stays possible.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final PasswordChanges changes;

    PasswordChangeGuard(PasswordChanges changes) {
        this.changes = changes;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && changes.required()) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
