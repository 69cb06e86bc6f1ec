package org.eshraqa.portal.volunteering;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.casefile.CaseFileNote;

/** The coordinator's internal note on an application; never shown to the volunteer. */
@Entity
@Table(name = "volunteer_note")
class VolunteerNote extends CaseFileNote {

    private long applicationId;

    protected VolunteerNote() {
    }

    VolunteerNote(long applicationId, long authorAccountId, String authorName, String body, Instant createdAt) {
        super(authorAccountId, authorName, body, createdAt);
        this.applicationId = applicationId;
    }
}
