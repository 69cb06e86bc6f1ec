package org.eshraqa.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Real Galera certification conflicts, forced from two nodes of a running cluster: a transaction
 * on node A updates a row, another transaction on node B updates the same row and commits first,
 * and A's commit is refused by certification (MariaDB 1213). The portal's retry advisor and a
 * transaction interceptor, ordered as in the application (the retry outside), run A's whole transaction again, so the
 * write is stored once and no update is lost; a conflict at every attempt surfaces after the
 * bounded number of attempts.
 *
 * <p>Runs when {@code PORTAL_TEST_GALERA_URLS} names two JDBC URLs of different nodes of one
 * cluster (comma-separated, user and password in {@code PORTAL_TEST_GALERA_USER} and
 * {@code PORTAL_TEST_GALERA_PASSWORD}): {@code .ci/run} starts {@code src/cluster/cluster.sh}'s
 * three nodes for it. When the variable is set the cluster must answer: the test fails, never
 * skips, if it does not.
 */
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_GALERA_URLS", matches = "jdbc:mariadb:.+,jdbc:mariadb:.+")
class GaleraConflictTest {

    private static final List<String> URLS = List.of(System.getenv("PORTAL_TEST_GALERA_URLS").split(","));
    private static final String USER = System.getenv().getOrDefault("PORTAL_TEST_GALERA_USER", "portal");
    private static final String PASSWORD = System.getenv().getOrDefault("PORTAL_TEST_GALERA_PASSWORD", "");

    private final String row = UUID.randomUUID().toString();
    private JdbcTemplate nodeA;
    private Counter counter;
    private Counter target;

    /** A transactional service on node A, proxied by the portal's retry advisor and a transaction interceptor. */
    static class Counter {
        private final JdbcTemplate jdbc;
        final AtomicInteger attempts = new AtomicInteger();

        Counter(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** Adds one; {@code between} runs after the update and before the commit. */
        @Transactional
        public void increment(String id, Runnable between) {
            attempts.incrementAndGet();
            jdbc.update("update test_galera_conflict set n = n + 1 where id = ?", id);
            between.run();
        }
    }

    @BeforeEach
    void tableOnBothNodes() {
        SimpleDriverDataSource a = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), URLS.get(0), USER, PASSWORD);
        nodeA = new JdbcTemplate(a);
        nodeA.execute("create table if not exists test_galera_conflict (id varchar(36) primary key, n int not null)");
        nodeA.update("insert into test_galera_conflict (id, n) values (?, 0)", row);
        awaitOnNodeB(0);

        DataSourceTransactionManager transactions = new DataSourceTransactionManager(a);
        BeanFactoryTransactionAttributeSourceAdvisor transactional = new BeanFactoryTransactionAttributeSourceAdvisor();
        transactional.setTransactionAttributeSource(new AnnotationTransactionAttributeSource(false));
        transactional.setAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource(false)));
        target = new Counter(nodeA);
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(TransactionRetryConfiguration.transactionRetryAdvisor(3, Duration.ofMillis(20)));
        factory.addAdvisor(transactional);
        counter = (Counter) factory.getProxy();
    }

    @AfterEach
    void dropRow() {
        nodeA.update("delete from test_galera_conflict where id = ?", row);
    }

    /** Node B adds ten to the same row and commits, while node A's transaction holds its own update. */
    private Runnable nodeBCommitsFirst(AtomicInteger times, int howOften) {
        return () -> {
            if (times.getAndIncrement() >= howOften) {
                return;
            }
            try (Connection b = DriverManager.getConnection(URLS.get(1), USER, PASSWORD);
                 Statement statement = b.createStatement()) {
                int updated = statement.executeUpdate("update test_galera_conflict set n = n + 10 where id = '" + row + "'");
                assertThat(updated).isOne();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private void awaitOnNodeB(int expected) {
        try (Connection b = DriverManager.getConnection(URLS.get(1), USER, PASSWORD);
             Statement statement = b.createStatement()) {
            statement.execute("set session wsrep_sync_wait = 1");   // read after every write the cluster has
            var result = statement.executeQuery("select n from test_galera_conflict where id = '" + row + "'");
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(expected);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int storedOnNodeA() {
        return nodeA.queryForObject("select n from test_galera_conflict where id = ?", Integer.class, row);
    }

    @Test
    void aTransactionThatLosesCertificationToAnotherNodeIsRunAgainAndNoUpdateIsLost() {
        AtomicInteger interferences = new AtomicInteger();

        counter.increment(row, nodeBCommitsFirst(interferences, 1));

        assertThat(target.attempts).as("refused at commit once, then run again").hasValue(2);
        assertThat(storedOnNodeA()).as("node B's ten and node A's one, each once").isEqualTo(11);
        awaitOnNodeB(11);
    }

    @Test
    void aConflictAtEveryAttemptSurfacesAfterTheBoundAndNodeAStoresNothing() {
        AtomicInteger interferences = new AtomicInteger();

        assertThatThrownBy(() -> counter.increment(row, nodeBCommitsFirst(interferences, Integer.MAX_VALUE)))
                // The commit's failure, MariaDB 1213 under Spring's "JDBC commit failed".
                .satisfies(failure -> assertThat(TransientWriteFailures.isTransient(failure)).isTrue())
                .rootCause().isInstanceOfSatisfying(SQLException.class, sql -> assertThat(sql.getErrorCode()).isEqualTo(1213));

        assertThat(target.attempts).hasValue(3);
        assertThat(storedOnNodeA()).as("three of node B's writes, none of node A's").isEqualTo(30);
    }
}
