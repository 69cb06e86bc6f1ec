package org.eshraqa.portal.identity;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Every failed sign-in takes a token from two buckets: one for the
 * account and one for the address the attempt came from. While either bucket is empty, further
 * attempts are refused before the password is checked; tokens come back gradually over the
 * window. A successful sign-in refills the account's bucket.
 *
 * <p>The account's bucket is keyed on the account itself (its id) when what was typed reaches an
 * account, else on the {@link EmailAddress#canonical canonical form} of what was typed: every
 * spelling that signs in to one account (case, invisible characters at the ends, fullwidth or
 * other compatibility forms) uses up the same bucket, whichever way in (login form, HTTP Basic).
 *
 * <p>Buckets live in this node's memory (bounded, expiring); with several nodes each node counts
 * its own attempts, which still bounds guessing to a small multiple. Behind a proxy the address is
 * the client's only when {@code server.forward-headers-strategy} is set (docs/operations.md).
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final AttemptLimit accounts;
    private final AttemptLimit addresses;
    private final MeterRegistry meters;
    private final Function<String, Optional<Long>> accountOf;

    @Autowired
    SignInThrottle(@Value("${portal.sign-in.max-failures-per-account:5}") int perAccount,
                   @Value("${portal.sign-in.max-failures-per-address:20}") int perAddress,
                   @Value("${portal.sign-in.window:15m}") Duration window,
                   MeterRegistry meters, Accounts accountLookup) {
        this(perAccount, perAddress, window, meters, typed -> accountLookup.findForSignIn(typed).map(Account::id));
    }

    /** Without a database: what was typed is its own account. */
    SignInThrottle(int perAccount, int perAddress, Duration window, MeterRegistry meters) {
        this(perAccount, perAddress, window, meters, typed -> Optional.empty());
    }

    SignInThrottle(int perAccount, int perAddress, Duration window, MeterRegistry meters,
                   Function<String, Optional<Long>> accountOf) {
        this.accounts = new AttemptLimit(perAccount, window);
        this.addresses = new AttemptLimit(perAddress, window);
        this.meters = meters;
        this.accountOf = accountOf;
    }

    /**
     * How long this attempt must wait, if it may not be tried now.
     *
     * @param email   what was typed as the e-mail (may be empty)
     * @param address the client's address
     */
    public Optional<Duration> waitBefore(String email, String address) {
        return waitForKey(accountKey(email), address);
    }

    /** {@link #waitBefore(String, String)} for a known account (OpenID Connect linking). */
    Optional<Duration> waitBeforeAccount(long accountId, String address) {
        return waitForKey(accountKey(accountId), address);
    }

    private Optional<Duration> waitForKey(String accountKey, String address) {
        Optional<Duration> account = accounts.waitBefore(accountKey);
        Optional<Duration> client = address == null ? Optional.empty() : addresses.waitBefore(address);
        long nanos = Math.max(account.map(Duration::toNanos).orElse(0L), client.map(Duration::toNanos).orElse(0L));
        if (nanos <= 0) {
            return Optional.empty();
        }
        meters.counter("portal.sign-in.throttled").increment();
        log.warn("A sign-in attempt was refused: too many failures for the account or the address");
        return Optional.of(Duration.ofNanos(nanos));
    }

    /** A wrong current password typed on the password-change page: it counts as a failed sign-in. */
    void failedForAccount(long accountId) {
        accounts.take(accountKey(accountId));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object principal = event.getAuthentication().getPrincipal();
        accounts.take(principal instanceof PortalPrincipal p ? accountKey(p.accountId())
                : accountKey(String.valueOf(principal)));
        Optional<String> address = addressOf(event.getAuthentication().getDetails());
        address.ifPresent(addresses::take);
        // The security trail of sign-ins; what was typed as the e-mail stays out of the log.
        log.warn("Sign-in failed ({}) from {}", event.getException().getClass().getSimpleName(),
                address.orElse("?"));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalPrincipal p) {
            accounts.forget(accountKey(p.accountId()));
            log.info("Sign-in of account {} from {}", p.accountId(),
                    addressOf(event.getAuthentication().getDetails()).orElse("?"));
        } else {
            accounts.forget(accountKey(event.getAuthentication().getName()));
        }
    }

    /** The bucket of the account these characters reach, or of their canonical form. */
    private String accountKey(String typed) {
        String canonical = EmailAddress.canonical(typed);
        return accountOf.apply(canonical).map(SignInThrottle::accountKey).orElse("email:" + canonical);
    }

    private static String accountKey(long accountId) {
        return "account:" + accountId;
    }

    private static Optional<String> addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? Optional.ofNullable(web.getRemoteAddress())
                : Optional.empty();
    }
}
