package org.eshraqa.portal.notifications;

import java.time.Instant;

/** A sent mail as the administrator's "sent mail" view shows it. */
public record SentMailRecord(long id, String recipient, String subject, String bodyHtml, String transport,
                             Instant createdAt) {
}
