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
    EDIT_DRAFT,
    /** Unlink a request recorded on someone's behalf from the account that claimed it (P-8). */
    UNDO_CLAIM,
    /** Confirm or refuse the claims waiting for an officer (P-8). */
    CONFIRM_CLAIM;

    /** Whether this action belongs to claiming, shown apart from the request's workflow. */
    public boolean isClaim() {
        return this == UNDO_CLAIM || this == CONFIRM_CLAIM;
    }
}
