package org.eshraqa.portal.surveys;

import org.eshraqa.portal.requests.RequestState;

/**
 * The step at which a service ended and its survey was sent: one of the breakdowns of the
 * dashboard. Stored by name in {@code survey_invitation.step} and {@code survey_response.step}.
 */
public enum SurveyStep {
    /** A support request: registered, not accepted or withdrawn. */
    REGISTERED, REJECTED, WITHDRAWN,
    /** A question's first answer. */
    ANSWERED,
    /** A contact logged as finished, or its follow-up done. */
    FINISHED,
    /** A volunteer application accepted (a rejected one is {@link #REJECTED}). */
    ACCEPTED,
    /** A volunteer's hours confirmed. */
    HOURS_CONFIRMED;

    /** The step a closed request ended at. */
    static SurveyStep closing(RequestState state) {
        return switch (state) {
            case REGISTERED -> REGISTERED;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
            default -> throw new IllegalArgumentException("Not a closed state: " + state);
        };
    }
}
