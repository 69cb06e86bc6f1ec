package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.crypto.RowSeal;
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
        this.body = sealed().seal("body", body);
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    InquiryThread.Message view() {
        return new InquiryThread.Message(id, authorName, fromStaff, sealed().open("body", body), createdAt);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("inquiry_message", rowKey, created -> rowKey = created);
    }
}
