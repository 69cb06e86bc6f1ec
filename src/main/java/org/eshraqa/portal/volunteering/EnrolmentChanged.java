package org.eshraqa.portal.volunteering;

import java.time.Instant;

/**
 * News about a volunteer's place in an opportunity: the coordinator accepted or declined it, or
 * cancelled the opportunity. {@code step} counts the enrolment's changes, for deduplication.
 */
public record EnrolmentChanged(long enrolmentId, long accountId, String opportunityTitle, Instant startsAt,
                               EnrolmentState state, int step) {
}
