package org.eshraqa.portal.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.casefile.CaseFileMessage;

/** A message on the thread a request's beneficiary shares with staff. */
@Entity
@Table(name = "support_request_message")
class RequestMessage extends CaseFileMessage {

    private long requestId;

    protected RequestMessage() {
    }

    RequestMessage(long requestId, long authorAccountId, String authorName, boolean fromStaff, String body,
                   Instant createdAt) {
        super(authorAccountId, authorName, fromStaff, body, createdAt);
        this.requestId = requestId;
    }
}
