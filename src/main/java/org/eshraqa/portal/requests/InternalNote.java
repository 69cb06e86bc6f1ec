package org.eshraqa.portal.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.casefile.CaseFileNote;

/** A staff note on a request; never shown to the beneficiary. */
@Entity
@Table(name = "support_request_note")
class InternalNote extends CaseFileNote {

    private long requestId;

    protected InternalNote() {
    }

    InternalNote(long requestId, long authorAccountId, String authorName, String body, Instant createdAt) {
        super(authorAccountId, authorName, body, createdAt);
        this.requestId = requestId;
    }
}
