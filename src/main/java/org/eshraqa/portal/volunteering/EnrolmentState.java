package org.eshraqa.portal.volunteering;

/** A volunteer's place in an opportunity. APPLIED and ACCEPTED hold a seat. */
public enum EnrolmentState {
    APPLIED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    /** The coordinator cancelled the opportunity. */
    CANCELLED;

    public boolean holdsSeat() {
        return this == APPLIED || this == ACCEPTED;
    }
}
