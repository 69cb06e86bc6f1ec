package org.eshraqa.portal.surveys;

import org.eshraqa.portal.shared.crypto.SealedFields;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That someone at the association got back to a person who asked to be contacted, and what came of it. */
@Entity
@Table(name = "survey_follow_up")
class SurveyFollowUp {

    @Id
    private Long responseId;

    private Instant doneAt;
    private long doneBy;
    private String note;

    protected SurveyFollowUp() {
    }

    SurveyFollowUp(long responseId, Instant doneAt, long doneBy, String note) {
        this.responseId = responseId;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
        this.note = seal("note", note);
    }

    Instant doneAt() {
        return doneAt;
    }

    long doneBy() {
        return doneBy;
    }

    String note() {
        return open("note", note);
    }

    private static final String TABLE = "survey_follow_up";

    private String seal(String column, String plain) {
        return SealedFields.seal(TABLE, column, String.valueOf(responseId), plain);
    }

    private String open(String column, String stored) {
        return SealedFields.open(TABLE, column, String.valueOf(responseId), stored);
    }
}
