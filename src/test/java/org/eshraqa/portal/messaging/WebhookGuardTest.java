package org.eshraqa.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A flood is answered at once: per address, in all, and beyond the calls worked on together. */
class WebhookGuardTest {

    @Test
    void oneAddressFloodingGetsTooManyWhileAnotherStillGetsIn() {
        WebhookGuard guard = new WebhookGuard(3, 100, Duration.ofMinutes(1), 10);
        for (int i = 0; i < 3; i++) {
            assertThat(guard.admit("203.0.113.9")).isEqualTo(WebhookGuard.Verdict.ADMITTED);
            guard.done();
        }
        assertThat(guard.admit("203.0.113.9")).isEqualTo(WebhookGuard.Verdict.TOO_MANY);
        assertThat(guard.admit("198.51.100.7")).isEqualTo(WebhookGuard.Verdict.ADMITTED);
    }

    @Test
    void manyAddressesTogetherMeetTheOverallLimit() {
        WebhookGuard guard = new WebhookGuard(100, 5, Duration.ofMinutes(1), 10);
        for (int i = 0; i < 5; i++) {
            assertThat(guard.admit("198.51.100." + i)).isEqualTo(WebhookGuard.Verdict.ADMITTED);
            guard.done();
        }
        assertThat(guard.admit("198.51.100.99")).isEqualTo(WebhookGuard.Verdict.TOO_MANY);
    }

    @Test
    void beyondTheCallsWorkedOnAtOnceTheRestAreBusyUntilOneFinishes() {
        WebhookGuard guard = new WebhookGuard(100, 100, Duration.ofMinutes(1), 2);
        assertThat(guard.admit("a")).isEqualTo(WebhookGuard.Verdict.ADMITTED);
        assertThat(guard.admit("b")).isEqualTo(WebhookGuard.Verdict.ADMITTED);
        assertThat(guard.admit("c")).isEqualTo(WebhookGuard.Verdict.BUSY);
        guard.done();
        assertThat(guard.admit("c")).isEqualTo(WebhookGuard.Verdict.ADMITTED);
    }
}
