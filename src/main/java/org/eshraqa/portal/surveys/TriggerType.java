package org.eshraqa.portal.surveys;

/** What a survey asks about: the service that just ended. */
public enum TriggerType {
    REQUEST_CLOSED,
    INQUIRY_ANSWERED,
    CONTACT_FINISHED,
    VOLUNTEER_DECIDED,
    VOLUNTEER_HOURS
}
