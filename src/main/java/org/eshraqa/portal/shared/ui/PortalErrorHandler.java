package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Unexpected errors in a click or a field: the person sees a short message with an error id; the
 * log has the stack trace under the same id. Nothing technical reaches the browser. When the
 * database cannot be reached, the message says so and asks to try again: the transaction was
 * rolled back, nothing was saved.
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
            String text = databaseUnavailable(event.getThrowable())
                    ? ui.getTranslation("error.unavailable") : ui.getTranslation("error.notification", errorId);
            Notification notification = Notification.show(text, 8000, Notification.Position.BOTTOM_CENTER);
            notification.setId("error-notification");
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Whether this failure, or one of its causes, is the database being out of reach (no
     * connection within the pool's timeout, or the connection lost mid-way) rather than a fault
     * in the portal: worth trying again in a moment.
     */
    public static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** Logs the failure under a new short id and returns the id. */
    static String log(Throwable throwable) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {}", errorId, throwable);
        return errorId;
    }
}
