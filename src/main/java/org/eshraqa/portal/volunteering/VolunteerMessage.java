package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.crypto.RowSeal;
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
        this.body = sealed().seal("body", body);
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    MessageView view() {
        return new MessageView(id, authorName, fromStaff, sealed().open("body", body), createdAt);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("volunteer_message", rowKey, created -> rowKey = created);
    }
}
