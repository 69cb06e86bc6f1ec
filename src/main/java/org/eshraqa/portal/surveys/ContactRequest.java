package org.eshraqa.portal.surveys;

import java.time.Instant;

/**
 * A response whose author asked to be contacted about it (P-7.5): what they wrote, with their
 * name, and when. Not their scores: a named score could be taken away from a figure of k people
 * to leave fewer than k (P-7.3). {@code doneAt} and the rest are empty until someone got back to
 * them.
 */
public record ContactRequest(long responseId, Instant answeredAt, TriggerType trigger, String serviceCode,
                             String comment, String name, String email, String mobile, String language,
                             Instant doneAt, String doneBy, String note) {

    public boolean done() {
        return doneAt != null;
    }
}
