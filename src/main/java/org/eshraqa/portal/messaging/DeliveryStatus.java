package org.eshraqa.portal.messaging;

/**
 * Where an outgoing message is. PENDING waits in the outbox (first try or a retry); SENDING is
 * with the provider right now; SENT the provider accepted it; DELIVERED and READ come back from
 * the provider's webhook; FAILED will not be tried again; CANCELLED was never sent because the
 * person stopped such messages first.
 */
public enum DeliveryStatus {
    PENDING(0), SENDING(0), SENT(1), DELIVERED(2), READ(3), FAILED(4), CANCELLED(4);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    /** Whether a status report may move a message from this status to {@code next}. */
    boolean mayBecome(DeliveryStatus next) {
        if (this == FAILED || this == CANCELLED) {
            return false;
        }
        if (next == FAILED) {
            return this.rank < DELIVERED.rank;
        }
        return next.rank > this.rank;
    }
}
