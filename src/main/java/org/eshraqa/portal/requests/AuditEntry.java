package org.eshraqa.portal.requests;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a request's audit trail: who moved it, when, from where to where, and why. */
@Embeddable
record AuditEntry(
        Instant occurredAt,
        Long actorAccountId,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) RequestState fromState,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) RequestState toState,
        String note,
        /** Staff only: e.g. why a case was referred; never shown to the beneficiary. */
        String internalNote) {

    AuditEntry withInternalNote(String text) {
        return new AuditEntry(occurredAt, actorAccountId, fromState, toState, note, text);
    }
}
