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
        String internalNote,
        /** Set for a step of a claim (the state does not change); empty for a change of state. */
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) ClaimStep claimStep) {

    AuditEntry(Instant occurredAt, Long actorAccountId, RequestState fromState, RequestState toState, String note,
               String internalNote) {
        this(occurredAt, actorAccountId, fromState, toState, note, internalNote, null);
    }

    AuditEntry withInternalNote(String text) {
        return new AuditEntry(occurredAt, actorAccountId, fromState, toState, note, text, claimStep);
    }
}
