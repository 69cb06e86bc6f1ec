package org.eshraqa.portal.volunteering;

import java.time.Instant;

/**
 * The coordinator confirmed (or corrected) the hours a volunteer gave to an opportunity. Carries
 * the enrolment, so a listener can tell a redelivery from a new confirmation.
 */
public record VolunteerHoursConfirmed(long enrolmentId, long accountId, String opportunityTitle, int minutes,
                                      Instant confirmedAt) {
}
