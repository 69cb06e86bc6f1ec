package org.eshraqa.portal.inquiries;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.casefile.CaseFileMessage;

/** One message of a question's thread, by the asker or by staff. */
@Entity
@Table(name = "inquiry_message")
class InquiryMessage extends CaseFileMessage {

    protected InquiryMessage() {
    }

    InquiryMessage(long authorAccountId, String authorName, boolean fromStaff, String body,
                   Instant createdAt) {
        super(authorAccountId, authorName, fromStaff, body, createdAt);
    }
}
