package org.eshraqa.portal.identity;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing with at most a fixed number of hashes computed at once. A bcrypt check costs
 * tens of milliseconds of one core; a burst of sign-ins (the morning rush, or someone trying
 * passwords) would otherwise take every core and slow every page of everyone already signed in.
 * Past the limit, a sign-in waits its turn instead. Nothing about the hashes changes.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("At least one hash must be allowed at a time");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    /** Half the processors, at least one: the rest stay free for the pages. */
    static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Sign-ins waiting for a turn (a gauge for operations). */
    int waiting() {
        return permits.getQueueLength();
    }

    private <T> T bounded(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
