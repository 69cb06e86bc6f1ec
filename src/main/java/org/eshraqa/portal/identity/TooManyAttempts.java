package org.eshraqa.portal.identity;

import java.time.Duration;

/**
 * Too many registrations or verification mails for this e-mail or from this address for now. Says
 * nothing about whether the address has an account: attempts are counted either way.
 */
public class TooManyAttempts extends RuntimeException {

    private final Duration wait;

    TooManyAttempts(Duration wait) {
        super("Too many attempts; wait " + wait);
        this.wait = wait;
    }

    /** Whole minutes to wait, at least one. */
    public long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
