package org.eshraqa.portal.volunteering;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.crypto.EncryptedText;

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

    @Convert(converter = EncryptedText.class)
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
        this.body = body;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    MessageView view() {
        return new MessageView(id, authorName, fromStaff, body, createdAt);
    }
}
