package org.eshraqa.portal.inquiries;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a question's staff-side history. */
@Embeddable
record HistoryEntry(Instant occurredAt, Long actorAccountId,
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) HistoryKind kind, String note) {
}
