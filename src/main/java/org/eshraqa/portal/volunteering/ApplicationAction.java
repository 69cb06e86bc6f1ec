package org.eshraqa.portal.volunteering;

/**
 * What a caller may do with an application in its current state: the coordinator's steps, and the
 * volunteer's withdrawal. {@code VolunteerApplication} decides and checks again.
 */
public enum ApplicationAction {
    START_REVIEW,
    SCHEDULE_INTERVIEW,
    DECIDE,
    ACTIVATE,
    /** The volunteer withdraws before activation. */
    WITHDRAW
}
