package org.eshraqa.testsupport;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How tests wait: for a condition (20 s at most), or for the event publication registry to have
 * no publication in progress. After {@link #eventsSettled} every listener of every event committed
 * so far has run to its end (completed or failed), so a test can assert exact counts, including
 * "nothing more happened", without a fixed sleep.
 */
public final class Eventually {

    public static final Duration AT_MOST = Duration.ofSeconds(20);

    /** Publications stored but not yet completed or failed (completed ones are deleted). */
    private static final String IN_PROGRESS = "select count(*) from event_publication "
            + "where completion_date is null and (status is null or status not in ('COMPLETED', 'FAILED'))";

    private Eventually() {
    }

    /** Awaitility with the portal's limits: 20 s at most, polling every 100 ms. */
    public static ConditionFactory waiting() {
        return Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofMillis(100)).pollDelay(Duration.ZERO);
    }

    /** Waits until the condition holds; fails the test after 20 s. */
    public static void until(Callable<Boolean> condition) {
        waiting().until(condition);
    }

    /** Waits until every event publication committed so far has been processed by its listener. */
    public static void eventsSettled(JdbcTemplate jdbc) {
        waiting().until(() -> jdbc.queryForObject(IN_PROGRESS, Integer.class) == 0);
    }
}
