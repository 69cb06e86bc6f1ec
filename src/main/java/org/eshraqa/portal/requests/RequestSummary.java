package org.eshraqa.portal.requests;

import java.time.Instant;
import java.time.LocalDate;

/** A line of "My requests". */
public record RequestSummary(long id, String reference, String serviceCode, RequestState state, Instant submittedAt,
                             LocalDate expectedDecisionDate) {
}
