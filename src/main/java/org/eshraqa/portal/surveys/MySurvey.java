package org.eshraqa.portal.surveys;

import java.time.Instant;

/** A survey waiting for the signed-in person, with the route that opens it. */
public record MySurvey(long invitationId, TriggerType trigger, Instant invitedAt, Instant expiresAt, String route) {
}
