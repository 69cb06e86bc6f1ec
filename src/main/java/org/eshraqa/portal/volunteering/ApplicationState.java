package org.eshraqa.portal.volunteering;

import java.util.EnumSet;
import java.util.Set;

/** Where a volunteer application stands (PRODUCT.md section 3). */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    INTERVIEW,
    ACCEPTED,
    REJECTED,
    ACTIVE,
    WITHDRAWN;

    private static final Set<ApplicationState> CLOSED = EnumSet.of(REJECTED, WITHDRAWN);

    /** Rejected or withdrawn: nothing changes any more, and the person may apply again. */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** Submitted and still before a decision: the volunteer may withdraw it. */
    public boolean isPending() {
        return this == SUBMITTED || this == IN_REVIEW || this == INTERVIEW;
    }
}
