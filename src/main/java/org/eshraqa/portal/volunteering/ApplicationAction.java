package org.eshraqa.portal.volunteering;

/** What the coordinator may do with an application in its current state. */
public enum ApplicationAction {
    START_REVIEW,
    SCHEDULE_INTERVIEW,
    DECIDE,
    ACTIVATE
}
