package org.eshraqa.portal.surveys;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.shared.crypto.EncryptedText;

/** That someone at the association got back to a person who asked to be contacted, and what came of it. */
@Entity
@Table(name = "survey_follow_up")
class SurveyFollowUp {

    @Id
    private Long responseId;

    private Instant doneAt;
    private long doneBy;

    @Convert(converter = EncryptedText.class)
    private String note;

    protected SurveyFollowUp() {
    }

    SurveyFollowUp(long responseId, Instant doneAt, long doneBy, String note) {
        this.responseId = responseId;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
        this.note = note;
    }

    Instant doneAt() {
        return doneAt;
    }

    long doneBy() {
        return doneBy;
    }

    String note() {
        return note;
    }
}
