package org.eshraqa.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Scheduled jobs on a cluster: two portal nodes, each writing through a different Galera node,
 * race for the same ShedLock lock, configured as the portal configures it
 * ({@code SchedulerLockConfiguration}: JDBC, database time). Exactly one of them gets it, for a
 * new lock (both insert its row) and for a released one (both update it); the loser either finds
 * the lock taken or loses Galera's certification, and in both cases does not run the job.
 * Runs against the cluster of {@link GaleraConflictTest} ({@code PORTAL_TEST_GALERA_URLS}).
 */
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_GALERA_URLS", matches = "jdbc:mariadb:.+,jdbc:mariadb:.+")
class GaleraSchedulerLockTest {

    private static final List<String> URLS = List.of(System.getenv("PORTAL_TEST_GALERA_URLS").split(","));
    private static final String USER = System.getenv().getOrDefault("PORTAL_TEST_GALERA_USER", "portal");
    private static final String PASSWORD = System.getenv().getOrDefault("PORTAL_TEST_GALERA_PASSWORD", "");
    private static final int ROUNDS = 20;

    private final String prefix = "race-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final ExecutorService nodes = Executors.newFixedThreadPool(2);
    private JdbcTemplate nodeA;
    private LockProvider[] providers;

    @BeforeEach
    void lockTableAndTwoNodes() {
        providers = new LockProvider[2];
        for (int i = 0; i < 2; i++) {
            JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), URLS.get(i),
                    USER, PASSWORD));
            if (i == 0) {
                nodeA = jdbc;
                jdbc.execute("""
                        create table if not exists shedlock (
                            name varchar(64) not null primary key, lock_until timestamp(3) not null,
                            locked_at timestamp(3) not null default current_timestamp(3), locked_by varchar(255) not null)""");
            }
            providers[i] = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(jdbc).usingDbTime().build());
        }
    }

    @AfterEach
    void cleanUp() {
        nodes.shutdownNow();
        nodeA.update("delete from shedlock where name like ?", prefix + "%");
    }

    /** Both nodes ask for the lock at the same moment; returns the locks they got (a failure counts as none). */
    private List<SimpleLock> race(String name) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Optional<SimpleLock>>> answers = new ArrayList<>();
        for (LockProvider provider : providers) {
            answers.add(nodes.submit(() -> {
                start.await();
                try {
                    return provider.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO));
                } catch (RuntimeException certificationLost) {
                    return Optional.<SimpleLock>empty();
                }
            }));
        }
        List<SimpleLock> got = new ArrayList<>();
        for (Future<Optional<SimpleLock>> answer : answers) {
            answer.get().ifPresent(got::add);
        }
        return got;
    }

    @Test
    void exactlyOneOfTwoNodesGetsANewLockAndThenAReleasedOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String name = prefix + round;
            List<SimpleLock> first = race(name);
            assertThat(first).as("round %d, a new lock", round).hasSize(1);
            first.getFirst().unlock();
            // Galera applies the release on the other node before it answers a read there.
            List<SimpleLock> second = race(name);
            assertThat(second).as("round %d, a released lock", round).hasSize(1);
            second.getFirst().unlock();
        }
    }
}
