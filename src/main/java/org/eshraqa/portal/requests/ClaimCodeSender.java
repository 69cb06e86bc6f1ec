package org.eshraqa.portal.requests;

import java.time.Duration;

/**
 * Sends a claim's one-time code by SMS to the mobile recorded on the request (P-8). Implemented by
 * the notifications module over its SMS gateway; the code must never be written to a log or kept.
 */
public interface ClaimCodeSender {

    /**
     * @param mobile   the mobile recorded on the request (E.164), never one the claimant typed
     * @param code     the six digits
     * @param validFor how long the code works
     * @param key      names this sending, for the provider's idempotency
     */
    void send(String mobile, String code, Duration validFor, String key);
}
