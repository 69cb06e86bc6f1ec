package org.eshraqa.portal.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An in-app notification. Title and body are written in the recipient's language when the event
 * arrives, like the mail that goes with it.
 */
@Entity
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long recipientAccountId;

    private String dedupeKey;

    private String title;

    private String body;

    private String link;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientAccountId, String dedupeKey, String title, String body, String link, Instant now) {
        this.recipientAccountId = recipientAccountId;
        this.dedupeKey = dedupeKey;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    long recipientAccountId() {
        return recipientAccountId;
    }

    InAppNotification view() {
        return new InAppNotification(id, title, body, link, createdAt, readAt != null);
    }
}
