package org.eshraqa.portal.requests;

/**
 * A step of claiming a request recorded on someone's behalf (P-8), as its audit trail records
 * it. Only {@link #LINKED} is shown to the beneficiary; staff see them all.
 */
public enum ClaimStep {
    /** National ID and mobile matched; a code is on its way to the recorded mobile. */
    STARTED,
    CODE_SENT,
    /** The request already had as many codes sent as the hour allows: none was sent. */
    CODE_LIMIT,
    WRONG_CODE,
    /** Too many wrong codes: the code no longer works. */
    CODE_VOID,
    /** The claimant asked a relations officer to confirm the claim instead. */
    OFFICER_ASKED,
    LINKED,
    REFUSED,
    UNDONE
}
