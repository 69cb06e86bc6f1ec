package org.eshraqa.portal.requests;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of claiming (P-8), each a token bucket refilled over the window: claims an account
 * starts, codes an account enters, codes sent for one request (so nobody floods the recorded
 * mobile), and codes entered for one request from any account. Buckets live in this node's memory
 * (bounded, expiring), as {@code SignInThrottle}'s do; each code also dies after a few wrong tries.
 */
@Component
class ClaimThrottle {

    private final int startsPerAccount;
    private final int triesPerAccount;
    private final int codesPerRequest;
    private final int triesPerRequest;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    ClaimThrottle(@Value("${portal.requests.claim.starts-per-account:5}") int startsPerAccount,
                  @Value("${portal.requests.claim.tries-per-account:10}") int triesPerAccount,
                  @Value("${portal.requests.claim.codes-per-request:3}") int codesPerRequest,
                  @Value("${portal.requests.claim.tries-per-request:10}") int triesPerRequest,
                  @Value("${portal.requests.claim.window:1h}") Duration window) {
        this.startsPerAccount = startsPerAccount;
        this.triesPerAccount = triesPerAccount;
        this.codesPerRequest = codesPerRequest;
        this.triesPerRequest = triesPerRequest;
        this.window = window;
        this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    boolean start(long accountId) {
        return take("start:" + accountId, startsPerAccount);
    }

    boolean enterCode(long accountId) {
        return take("try:" + accountId, triesPerAccount);
    }

    boolean sendCode(long requestId) {
        return take("code:" + requestId, codesPerRequest);
    }

    boolean codeForRequest(long requestId) {
        return take("request-try:" + requestId, triesPerRequest);
    }

    private boolean take(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build()).tryConsume(1);
    }
}
