package org.eshraqa.portal.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A mail the portal sent, or only logged because no mail server is configured. Outside demo mode
 * the copy holds no address, subject or body (no link, no token, nothing of a case): only whom
 * (account id), what kind, when and how it went. In demo mode it is whole, so a newcomer without
 * a mail server can follow a verification link from the administrator's view.
 */
@Entity
class SentMail {

    enum Transport { SMTP, LOG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long recipientAccountId;

    /** What the mail was about, e.g. {@code survey}, {@code request-state}, {@code verification}. */
    private String kind;

    private String recipient;

    private String subject;

    private String bodyHtml;

    private String transport;

    private Instant createdAt;

    /** Names the event that asked for this mail; unique, so a retried event is not mailed twice. */
    private String dedupeKey;

    protected SentMail() {
    }

    private SentMail(long recipientAccountId, String kind, Transport transport, Instant now, String dedupeKey) {
        this.recipientAccountId = recipientAccountId;
        this.kind = kind;
        this.transport = transport.name();
        this.createdAt = now;
        this.dedupeKey = dedupeKey;
    }

    /** Whom, what kind, when, how: no address, subject or body. */
    static SentMail withoutText(long recipientAccountId, String kind, Transport transport, Instant now,
                                String dedupeKey) {
        return new SentMail(recipientAccountId, kind, transport, now, dedupeKey);
    }

    /** The whole mail: demo mode only. */
    static SentMail whole(long recipientAccountId, String kind, String recipient, String subject, String bodyHtml,
                          Transport transport, Instant now, String dedupeKey) {
        SentMail mail = new SentMail(recipientAccountId, kind, transport, now, dedupeKey);
        mail.recipient = recipient;
        mail.subject = subject;
        mail.bodyHtml = bodyHtml;
        return mail;
    }

    SentMailRecord toRecord() {
        return new SentMailRecord(id, recipientAccountId, kind, recipient, subject, bodyHtml, transport, createdAt);
    }
}
