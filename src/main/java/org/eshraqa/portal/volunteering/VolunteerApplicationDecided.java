package org.eshraqa.portal.volunteering;

import java.time.Instant;

/** The coordinator accepted or rejected a volunteer application (the surveys module invites a rating). */
public record VolunteerApplicationDecided(long applicationId, long accountId, boolean accepted, Instant decidedAt) {
}
