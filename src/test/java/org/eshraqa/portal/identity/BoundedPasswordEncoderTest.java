package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Counts how many hashes run at the same moment; each takes a little while. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return work("hash:" + raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return work(encoded).equals("hash:" + raw);
        }

        private String work(String result) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return result;
        }
    }

    @Test
    void noMoreHashesRunAtOnceThanAllowedHoweverManySignInsArrive() throws Exception {
        CountingEncoder counting = new CountingEncoder();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 24; i++) {
                String password = "password-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return bounded.matches(password, "hash:" + password)
                            && !bounded.matches(password, "hash:someone-else");
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(counting.most.get()).isEqualTo(2);
        assertThat(bounded.waiting()).isZero();
    }

    @Test
    void hashesAreTheDelegatesAndStillCheckOut() {
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), 1);
        String hash = bounded.encode("Eshraqa-strong-2026");
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(bounded.matches("Eshraqa-strong-2026", hash)).isTrue();
        assertThat(bounded.matches("eshraqa-strong-2026", hash)).isFalse();
        assertThat(bounded.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void atLeastOneHashAtATime() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new CountingEncoder(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BoundedPasswordEncoder.defaultConcurrency()).isPositive();
    }
}
