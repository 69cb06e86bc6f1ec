package org.eshraqa.portal.identity;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one e-mail address may be registered or sent a new verification link, and how often
 * one client address may do either, within a window. Every attempt with valid input counts,
 * whether the e-mail has an account or not, so being refused tells nothing about it.
 */
@Component
class RegistrationLimits {

    private static final Logger log = LoggerFactory.getLogger(RegistrationLimits.class);

    private final AttemptLimit perEmail;
    private final AttemptLimit perAddress;
    private final MeterRegistry meters;

    RegistrationLimits(@Value("${portal.registration.max-per-email:3}") int perEmail,
                       @Value("${portal.registration.max-per-address:30}") int perAddress,
                       @Value("${portal.registration.window:1h}") Duration window,
                       MeterRegistry meters) {
        this.perEmail = new AttemptLimit(perEmail, window);
        this.perAddress = new AttemptLimit(perAddress, window);
        this.meters = meters;
    }

    /**
     * Takes one attempt of this kind for the canonical e-mail and (if known) the client address.
     *
     * @throws TooManyAttempts if either has none left; then nothing is taken
     */
    void take(String kind, String canonicalEmail, String clientAddress) {
        String email = kind + ":" + canonicalEmail;
        String address = clientAddress == null ? null : kind + ":" + clientAddress;
        long nanos = Math.max(wait(perEmail, email), address == null ? 0 : wait(perAddress, address));
        if (nanos > 0) {
            meters.counter("portal.registration.throttled", "kind", kind).increment();
            log.warn("A {} attempt was refused: too many for the e-mail or from {}", kind,
                    clientAddress == null ? "?" : clientAddress);
            throw new TooManyAttempts(Duration.ofNanos(nanos));
        }
        perEmail.take(email);
        if (address != null) {
            perAddress.take(address);
        }
    }

    private static long wait(AttemptLimit limit, String key) {
        return limit.waitBefore(key).map(Duration::toNanos).orElse(0L);
    }
}
