package org.eshraqa.portal.surveys;

import java.time.Instant;

/**
 * A response whose author asked to be contacted about it (P-7.5): the only way staff ever see a
 * rating with a name. {@code doneAt} and the rest are empty until someone got back to them.
 */
public record ContactRequest(long responseId, Instant answeredAt, TriggerType trigger, String serviceCode, int csat,
                             String comment, String name, String email, String mobile, String language,
                             Instant doneAt, String doneBy, String note) {

    public boolean done() {
        return doneAt != null;
    }
}
