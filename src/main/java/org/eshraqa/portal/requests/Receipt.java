package org.eshraqa.portal.requests;

import java.time.Instant;
import java.time.LocalDate;

/** What the beneficiary gets on submitting (P-10.5): the number, the time and the expected decision date. */
public record Receipt(long requestId, String reference, Instant submittedAt, LocalDate expectedDecisionDate) {
}
