package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.crypto.SealedFields;
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

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String body;

    private Instant createdAt;

    protected InquiryMessage() {
    }

    InquiryMessage(long authorAccountId, String authorName, boolean fromStaff, String body, Instant createdAt) {
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.fromStaff = fromStaff;
        this.body = seal("body", body);
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    InquiryThread.Message view() {
        return new InquiryThread.Message(id, authorName, fromStaff, open("body", body), createdAt);
    }

    private static final String TABLE = "inquiry_message";

    private String rowKey() {
        if (rowKey == null) {
            rowKey = SealedFields.newRowKey();
        }
        return rowKey;
    }

    private String seal(String column, String plain) {
        return SealedFields.seal(TABLE, column, rowKey(), plain);
    }

    private String open(String column, String stored) {
        return SealedFields.open(TABLE, column, rowKey(), stored);
    }
}
