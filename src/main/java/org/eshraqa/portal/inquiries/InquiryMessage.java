package org.eshraqa.portal.inquiries;

import jakarta.persistence.Convert;
import org.eshraqa.portal.shared.crypto.EncryptedText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One message of a question's thread, by the asker or by staff. */
@Entity
class InquiryMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long authorAccountId;

    private String authorName;

    private boolean fromStaff;

    @Convert(converter = EncryptedText.class)
    private String body;

    private Instant createdAt;

    protected InquiryMessage() {
    }

    InquiryMessage(long authorAccountId, String authorName, boolean fromStaff, String body, Instant createdAt) {
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.fromStaff = fromStaff;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    InquiryThread.Message view() {
        return new InquiryThread.Message(id, authorName, fromStaff, body, createdAt);
    }
}
