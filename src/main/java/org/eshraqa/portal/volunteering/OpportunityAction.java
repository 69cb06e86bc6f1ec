package org.eshraqa.portal.volunteering;

/** What the coordinator may do with an opportunity now; {@code Opportunity} decides and checks again. */
public enum OpportunityAction {
    /** Change its details: published and not started yet. */
    EDIT,
    /** Cancel it: published and not started yet. */
    CANCEL,
    /** Mark attendance and confirm hours: it has started. */
    RECORD_ATTENDANCE
}
