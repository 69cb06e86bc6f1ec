package org.eshraqa.portal.volunteering;

/** Where an interview or an opportunity takes place: at a place, or remotely through a link. */
public enum MeetingMode {
    IN_PERSON,
    REMOTE
}
