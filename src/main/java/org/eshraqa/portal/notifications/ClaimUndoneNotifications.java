package org.eshraqa.portal.notifications;

import org.eshraqa.portal.requests.RequestClaimUndone;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a wrong claim is undone, the in-app notifications about that request leave the inbox of the
 * account that claimed it: their titles and notes are the request's, not that account's. Mail and
 * SMS already sent cannot be called back.
 */
@Component
class ClaimUndoneNotifications {

    private final NotificationRepository notifications;

    ClaimUndoneNotifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void forget(RequestClaimUndone event) {
        notifications.deleteByRecipientAccountIdAndLink(event.accountId(), "requests/" + event.requestId());
    }
}
