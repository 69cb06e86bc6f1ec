package org.eshraqa.portal.surveys;

import java.time.Instant;

/**
 * A person is invited to rate a service (or reminded, once). The link is not in the event: the
 * notifications module asks {@link Surveys#linkFor} when it delivers.
 */
public record SurveyInvited(long invitationId, long accountId, TriggerType trigger, boolean reminder,
                            Instant expiresAt) {
}
