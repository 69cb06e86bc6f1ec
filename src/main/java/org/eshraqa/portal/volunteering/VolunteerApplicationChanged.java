package org.eshraqa.portal.volunteering;

import java.time.Instant;

/**
 * A volunteer application moved (or, for a rescheduled interview, stayed in INTERVIEW with a new
 * date). {@code publicNote} is what the volunteer may read; internal notes never travel here.
 * {@code step} numbers the application's audit entries, so (applicationId, step) names this
 * change once: a listener that runs twice for it can tell.
 */
public record VolunteerApplicationChanged(long applicationId, String reference, long accountId,
                                          ApplicationState from, ApplicationState to, String publicNote,
                                          Instant interviewAt, int step) {
}
