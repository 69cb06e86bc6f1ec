package org.eshraqa.portal.volunteering;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of an application's audit trail: who moved it, when, from where to where, and why. */
@Embeddable
record ApplicationAuditEntry(
        Instant occurredAt,
        Long actorAccountId,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) ApplicationState fromState,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) ApplicationState toState,
        /** What the volunteer may read, e.g. the reason of a decision. */
        String note,
        /** Staff only; never shown to the volunteer. */
        String internalNote) {

    ApplicationAuditEntry withInternalNote(String text) {
        return new ApplicationAuditEntry(occurredAt, actorAccountId, fromState, toState, note, text);
    }
}
