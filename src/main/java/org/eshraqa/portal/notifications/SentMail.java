package org.eshraqa.portal.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A mail the portal sent, or only logged because no mail server is configured. */
@Entity
class SentMail {

    enum Transport { SMTP, LOG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    private String subject;

    private String bodyHtml;

    private String transport;

    private Instant createdAt;

    /** Names the event that asked for this mail; unique, so a retried event is not mailed twice. */
    private String dedupeKey;

    protected SentMail() {
    }

    SentMail withDedupeKey(String key) {
        this.dedupeKey = key;
        return this;
    }

    SentMail(String recipient, String subject, String bodyHtml, Transport transport, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.transport = transport.name();
        this.createdAt = now;
    }

    SentMailRecord toRecord() {
        return new SentMailRecord(id, recipient, subject, bodyHtml, transport, createdAt);
    }
}
