package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The coordinator's internal note on an application; never shown to the volunteer. */
@Entity
@Table(name = "volunteer_note")
class VolunteerNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;
    private long authorAccountId;
    private String authorName;

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String body;

    private Instant createdAt;

    protected VolunteerNote() {
    }

    VolunteerNote(long applicationId, long authorAccountId, String authorName, String body, Instant createdAt) {
        this.applicationId = applicationId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = sealed().seal("body", body);
        this.createdAt = createdAt;
    }

    MessageView view() {
        return new MessageView(id, authorName, true, sealed().open("body", body), createdAt);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("volunteer_note", rowKey, created -> rowKey = created);
    }
}
