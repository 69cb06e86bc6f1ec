package org.eshraqa.portal.requests;

import jakarta.persistence.Convert;
import org.eshraqa.portal.shared.crypto.EncryptedText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff note on a request; never shown to the beneficiary. */
@Entity
@Table(name = "support_request_note")
class InternalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;

    private long authorAccountId;

    private String authorName;

    @Convert(converter = EncryptedText.class)
    private String body;

    private Instant createdAt;

    protected InternalNote() {
    }

    InternalNote(long requestId, long authorAccountId, String authorName, String body, Instant createdAt) {
        this.requestId = requestId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    ThreadEntry entry() {
        return new ThreadEntry(id, authorName, true, body, createdAt);
    }
}
