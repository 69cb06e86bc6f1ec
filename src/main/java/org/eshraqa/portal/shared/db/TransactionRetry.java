package org.eshraqa.portal.shared.db;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an outermost transactional call again when it failed with a {@link TransientWriteFailures
 * transient lock failure}: on Galera a transaction that wrote a row another node committed first
 * fails at commit with 1213, and a deadlock or lock timeout can happen on any MariaDB. The whole
 * transaction was rolled back, so running the method again is the only correct reaction, and the
 * person never sees it.
 *
 * <p>Why one interceptor and not {@code @Retryable} (Spring Framework 7) on each service method:
 * the retry must wrap the <em>outermost</em> transaction (retrying an inner call would reuse a
 * transaction that is already marked rollback-only), and which call is outermost depends on the
 * caller, not on the method. Annotating each method would also be forgotten on the next one. So
 * {@link TransactionRetryConfiguration} applies this to every method the transaction interceptor
 * applies to, ordered outside it, and this class retries only when no transaction is active yet
 * and no retry is already running on the thread: inner transactional calls, including
 * {@code REQUIRES_NEW} ones, are retried as part of their outer call, never by themselves.
 *
 * <p>A retried method must have no effect outside its transaction before it fails (the portal's
 * mail and other side effects go through events delivered after commit) and must not rely on
 * entity objects it got from its caller that the failed attempt changed. An inner
 * {@code REQUIRES_NEW} transaction (the access log's) has committed on its own and runs again
 * with the retry: such a row can appear twice.
 */
final class TransactionRetry implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private final int maxAttempts;
    private final Duration backoff;

    TransactionRetry(int maxAttempts, Duration backoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("portal.db.retry.max-attempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (RUNNING.get() != null || TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        RUNNING.set(Boolean.TRUE);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    // A clone per attempt: a MethodInvocation proceeds through its chain only once.
                    return attempt == maxAttempts ? proxied.proceed() : proxied.invocableClone().proceed();
                } catch (Throwable failure) {
                    if (attempt >= maxAttempts || !TransientWriteFailures.isTransient(failure)) {
                        if (attempt > 1) {
                            log.warn("{} failed on attempt {} of {}", name(invocation), attempt, maxAttempts);
                        }
                        throw failure;
                    }
                    log.info("{} met a lock conflict ({}); running its transaction again (attempt {} of {})",
                            name(invocation), failure.getClass().getSimpleName(), attempt + 1, maxAttempts);
                    pause(attempt);
                }
            }
        } finally {
            RUNNING.remove();
        }
    }

    /** Exponential with full jitter: backoff × 2^(attempt-1) × a random factor in [0.5, 1.5). */
    private void pause(int attempt) throws InterruptedException {
        long base = backoff.toMillis() << Math.min(attempt - 1, 10);
        long millis = (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static String name(MethodInvocation invocation) {
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
    }
}
