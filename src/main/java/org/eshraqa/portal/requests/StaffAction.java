package org.eshraqa.portal.requests;

/** What a member of staff may do with a request in its present state (the service checks again). */
public enum StaffAction {
    TAKE_INTO_VERIFICATION,
    RECORD_VERIFICATION,
    REQUEST_INFORMATION,
    REFER_TO_RESEARCH,
    WRITE_SOCIAL_STUDY,
    SEND_TO_COMMITTEE,
    DECIDE,
    COMPLETE_REGISTRATION,
    EDIT_DRAFT
}
