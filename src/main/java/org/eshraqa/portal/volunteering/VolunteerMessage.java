package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.crypto.SealedFields;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message on the thread between a volunteer and the coordinator; shown as text, never markup. */
@Entity
@Table(name = "volunteer_message")
class VolunteerMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;
    private long authorAccountId;
    private String authorName;
    private boolean fromStaff;

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String body;

    private Instant createdAt;

    protected VolunteerMessage() {
    }

    VolunteerMessage(long applicationId, long authorAccountId, String authorName, boolean fromStaff, String body,
                     Instant createdAt) {
        this.applicationId = applicationId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.fromStaff = fromStaff;
        this.body = seal("body", body);
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    MessageView view() {
        return new MessageView(id, authorName, fromStaff, open("body", body), createdAt);
    }

    private static final String TABLE = "volunteer_message";

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
