package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Unexpected errors in a click or a field: the person sees a short message with an error id; the
 * log has the stack trace under the same id. Nothing technical reaches the browser.
 */
@Component
public class PortalErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String errorId = log(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(ui.getTranslation("error.notification", errorId), 8000,
                    Notification.Position.BOTTOM_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Logs the failure under a new short id and returns the id. */
    static String log(Throwable throwable) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {}", errorId, throwable);
        return errorId;
    }
}
