package org.eshraqa.portal.audit;

import java.time.Instant;
import org.eshraqa.portal.identity.Role;

/** A line of the access log as the administrator reads it. */
public record AccessLogRow(long id, Instant openedAt, String staffName, Role staffRole, RecordKind kind,
                           String recordLabel, Long subjectAccountId) {
}
