package org.eshraqa.portal.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What keeps the public webhooks from costing the portal its capacity: calls per client address
 * and in all are limited by token buckets (kept in this node's memory, bounded and expiring, like
 * the sign-in throttle's), and at most {@code portal.messaging.webhook.concurrent} calls are worked
 * on at once; the rest are answered 429 or 503 at once, without reading their body, and the
 * providers send them again later. A flood therefore holds at most that many request threads and
 * database connections, never the pool the pages need.
 */
@Component
class WebhookGuard {

    enum Verdict { ADMITTED, TOO_MANY, BUSY }

    private final int perAddress;
    private final Duration window;
    private final Bucket overall;
    private final Cache<String, Bucket> addresses;
    private final Semaphore working;

    WebhookGuard(@Value("${portal.messaging.webhook.max-per-address:300}") int perAddress,
                 @Value("${portal.messaging.webhook.max-overall:1200}") int overall,
                 @Value("${portal.messaging.webhook.window:PT1M}") Duration window,
                 @Value("${portal.messaging.webhook.concurrent:4}") int concurrent) {
        this.perAddress = perAddress;
        this.window = window;
        this.overall = Bucket.builder().addLimit(l -> l.capacity(overall).refillGreedy(overall, window)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(window.multipliedBy(2)).build();
        this.working = new Semaphore(concurrent);
    }

    /** Admits a call from this address; an admitted call must be {@link #done() finished}. */
    Verdict admit(String address) {
        Bucket mine = addresses.get(address, a -> Bucket.builder()
                .addLimit(l -> l.capacity(perAddress).refillGreedy(perAddress, window)).build());
        if (!mine.tryConsume(1) || !overall.tryConsume(1)) {
            return Verdict.TOO_MANY;
        }
        return working.tryAcquire() ? Verdict.ADMITTED : Verdict.BUSY;
    }

    void done() {
        working.release();
    }
}
