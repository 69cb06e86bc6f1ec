package org.eshraqa.portal.audit;

import java.time.LocalDate;

/**
 * What the administrator narrows the log to; every part is optional.
 *
 * @param staff    part of a staff member's name
 * @param record   part of a record's label, e.g. a request reference
 * @param from     first day, inclusive (Riyadh time)
 * @param to       last day, inclusive (Riyadh time)
 */
public record AccessLogFilter(String staff, String record, RecordKind kind, LocalDate from, LocalDate to) {

    public static AccessLogFilter none() {
        return new AccessLogFilter(null, null, null, null, null);
    }
}
