package org.eshraqa.portal.notifications;

import java.time.Instant;

/**
 * A sent mail as the administrator's "sent mail" view shows it. {@code recipient}, {@code subject}
 * and {@code bodyHtml} are null outside demo mode (see {@link SentMail}); {@code recipientAccountId}
 * is null only for copies older than it.
 */
public record SentMailRecord(long id, Long recipientAccountId, String kind, String recipient, String subject,
                             String bodyHtml, String transport, Instant createdAt) {
}
