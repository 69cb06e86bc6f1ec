package org.eshraqa.portal.identity;

/** What asking to erase one's account did. */
public enum ErasureOutcome {
    /** Nothing had to be kept: the account and its data are erased, the session ended. */
    ERASED,
    /** Something must be kept for now: the association decides, and the page shows the request. */
    AWAITING_DECISION
}
