package org.eshraqa.portal.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@code capacity} attempts per key within the window, refilled gradually. Kept in this
 * node's memory, bounded and expiring, like {@link SignInThrottle}'s buckets.
 */
final class AttemptLimit {

    private final int capacity;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    AttemptLimit(int capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    /** How long to wait if no attempt is left now; else nothing. Does not take one. */
    Optional<Duration> waitBefore(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        long nanos = bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** Takes one attempt. */
    void take(String key) {
        buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build()).tryConsume(1);
    }

    void forget(String key) {
        buckets.invalidate(key);
    }
}
