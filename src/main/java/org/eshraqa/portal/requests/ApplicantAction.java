package org.eshraqa.portal.requests;

/** What the person a request belongs to may do with it now; {@code SupportRequest} decides and checks again. */
public enum ApplicantAction {
    /** Send it back to verification once the information staff asked for is given. */
    RESUBMIT,
    /** Withdraw it while it is open. */
    WITHDRAW,
    /** Write in its thread: submitted and not closed. */
    WRITE_MESSAGE
}
