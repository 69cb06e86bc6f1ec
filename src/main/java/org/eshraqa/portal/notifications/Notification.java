package org.eshraqa.portal.notifications;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
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

    /** Binds the sealed body to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    /** Sealed: it may tell of a request's decision. */
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
        this.body = sealed().seal("body", body);
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
        return new InAppNotification(id, title, sealed().open("body", body), link, createdAt, readAt != null);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("notification", rowKey, created -> rowKey = created);
    }
}
