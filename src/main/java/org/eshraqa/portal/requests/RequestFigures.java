package org.eshraqa.portal.requests;

import java.util.Map;

/**
 * How the service itself performs over a period (P-10.5): decisions, the share made by the
 * expected date (14 days by default), the mean days to a decision, open work by state and how
 * much of it is past its date.
 */
public record RequestFigures(long decided, long decidedWithinTarget, Double meanDaysToDecision,
                             Map<RequestState, Long> openByState, long overdue) {

    public Double withinTargetPercent() {
        return decided == 0 ? null : 100.0 * decidedWithinTarget / decided;
    }
}
