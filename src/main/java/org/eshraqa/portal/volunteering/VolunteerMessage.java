package org.eshraqa.portal.volunteering;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.casefile.CaseFileMessage;

/** A message on the thread between a volunteer and the coordinator; shown as text, never markup. */
@Entity
@Table(name = "volunteer_message")
class VolunteerMessage extends CaseFileMessage {

    private long applicationId;

    protected VolunteerMessage() {
    }

    VolunteerMessage(long applicationId, long authorAccountId, String authorName, boolean fromStaff, String body,
                     Instant createdAt) {
        super(authorAccountId, authorName, fromStaff, body, createdAt);
        this.applicationId = applicationId;
    }
}
