package org.eshraqa.portal.requests;

import jakarta.persistence.Convert;
import org.eshraqa.portal.shared.crypto.EncryptedText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message on the thread a request's beneficiary shares with staff. */
@Entity
@Table(name = "support_request_message")
class RequestMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;

    private long authorAccountId;

    private String authorName;

    private boolean fromStaff;

    @Convert(converter = EncryptedText.class)
    private String body;

    private Instant createdAt;

    protected RequestMessage() {
    }

    RequestMessage(long requestId, long authorAccountId, String authorName, boolean fromStaff, String body,
                   Instant createdAt) {
        this.requestId = requestId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.fromStaff = fromStaff;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    ThreadEntry entry() {
        return new ThreadEntry(id, authorName, fromStaff, body, createdAt);
    }
}
