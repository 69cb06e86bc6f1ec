package org.eshraqa.portal.volunteering;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.crypto.EncryptedText;

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

    @Convert(converter = EncryptedText.class)
    private String body;

    private Instant createdAt;

    protected VolunteerNote() {
    }

    VolunteerNote(long applicationId, long authorAccountId, String authorName, String body, Instant createdAt) {
        this.applicationId = applicationId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    MessageView view() {
        return new MessageView(id, authorName, true, body, createdAt);
    }
}
