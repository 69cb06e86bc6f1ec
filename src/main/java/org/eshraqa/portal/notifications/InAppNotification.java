package org.eshraqa.portal.notifications;

import java.time.Instant;

/** A notification as the bell and the notifications page show it. */
public record InAppNotification(long id, String title, String body, String link, Instant createdAt, boolean read) {
}
