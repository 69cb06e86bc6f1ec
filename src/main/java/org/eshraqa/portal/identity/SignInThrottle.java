package org.eshraqa.portal.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Every failed sign-in takes a token from two buckets: one for the
 * account (the e-mail typed) and one for the address the attempt came from. While either bucket is
 * empty, further attempts are refused before the password is checked; tokens come back gradually
 * over the window. A successful sign-in refills the account's bucket.
 *
 * <p>Buckets live in this node's memory (bounded, expiring); with several nodes each node counts
 * its own attempts, which still bounds guessing to a small multiple. Behind a proxy the address is
 * the client's only when {@code server.forward-headers-strategy} is set (docs/operations.md).
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final MeterRegistry meters;

    SignInThrottle(@Value("${portal.sign-in.max-failures-per-account:5}") int perAccount,
                   @Value("${portal.sign-in.max-failures-per-address:20}") int perAddress,
                   @Value("${portal.sign-in.window:15m}") Duration window,
                   MeterRegistry meters) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.meters = meters;
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    /**
     * How long this attempt must wait, if it may not be tried now.
     *
     * @param email   what was typed as the e-mail (may be empty)
     * @param address the client's address
     */
    public Optional<Duration> waitBefore(String email, String address) {
        long nanos = Math.max(waitNanos(accounts.getIfPresent(accountKey(email))),
                waitNanos(addresses.getIfPresent(address)));
        if (nanos <= 0) {
            return Optional.empty();
        }
        meters.counter("portal.sign-in.throttled").increment();
        log.warn("A sign-in attempt was refused: too many failures for the account or the address");
        return Optional.of(Duration.ofNanos(nanos));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        accounts.get(accountKey(email), key -> bucket(perAccount)).tryConsume(1);
        Optional<String> address = addressOf(event.getAuthentication().getDetails());
        address.ifPresent(a -> addresses.get(a, key -> bucket(perAddress)).tryConsume(1));
        // The security trail of sign-ins; what was typed as the e-mail stays out of the log.
        log.warn("Sign-in failed ({}) from {}", event.getException().getClass().getSimpleName(),
                address.orElse("?"));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.invalidate(accountKey(event.getAuthentication().getName()));
        if (event.getAuthentication().getPrincipal() instanceof org.eshraqa.portal.shared.PortalPrincipal p) {
            log.info("Sign-in of account {} from {}", p.accountId(),
                    addressOf(event.getAuthentication().getDetails()).orElse("?"));
        }
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }

    private static long waitNanos(Bucket bucket) {
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? Optional.ofNullable(web.getRemoteAddress())
                : Optional.empty();
    }
}
