package org.eshraqa.portal.inquiries;

import java.time.Instant;

/** A line of "My questions". */
public record InquirySummary(long id, String subject, InquiryState state, String requestReference, Instant createdAt,
                             Instant lastActivityAt) {
}
