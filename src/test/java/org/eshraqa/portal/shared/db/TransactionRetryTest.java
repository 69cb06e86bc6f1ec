package org.eshraqa.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eshraqa.portal.content.Content;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whole transactions are run again after a deadlock or Galera certification conflict (MariaDB
 * 1213 at commit), outside the transaction, a bounded number of times; inner calls and
 * optimistic-lock failures are not retried. The failures are real MariaDB errors (raised with
 * {@code SIGNAL}) translated by Spring, on the portal's own transaction manager and advisors.
 */
class TransactionRetryTest extends PortalTestBase {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    private Probe probe;

    @BeforeEach
    void probeTableAndProxy() {
        jdbc.execute("create table if not exists test_retry_probe (id varchar(36) primary key)");
        // The advisors the portal's auto-proxying applies, in the order it applies them.
        List<Advisor> advisors = new ArrayList<>(List.of(
                context.getBean("transactionRetryAdvisor", Advisor.class),
                context.getBean(BeanFactoryTransactionAttributeSourceAdvisor.class)));
        AnnotationAwareOrderComparator.sort(advisors);
        ProxyFactory factory = new ProxyFactory(new Probe(jdbc));
        factory.setProxyTargetClass(true);
        advisors.forEach(factory::addAdvisor);
        probe = (Probe) factory.getProxy();
    }

    @Test
    void aDeadlockAtTheFirstTwoCommitsIsRetriedAndTheWriteIsStoredOnce() {
        String id = UUID.randomUUID().toString();
        AtomicInteger commits = new AtomicInteger();

        probe.insertFailingAtCommit(id, commits, 2);

        assertThat(commits).hasValue(3);
        assertThat(stored(id)).isOne();
    }

    @Test
    void theRetryGivesUpAfterThreeAttemptsAndTheFailureSurfaces() {
        String id = UUID.randomUUID().toString();
        AtomicInteger commits = new AtomicInteger();

        assertThatThrownBy(() -> probe.insertFailingAtCommit(id, commits, 3))
                .isInstanceOf(PessimisticLockingFailureException.class);

        assertThat(commits).hasValue(3);
        assertThat(stored(id)).isZero();
    }

    @Test
    void aCallInsideAnOuterTransactionIsNotRetriedByItself() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> probe.insertFailingInBody(id, calls, 1)))
                .isInstanceOf(CannotAcquireLockException.class);

        assertThat(calls).hasValue(1);
        assertThat(stored(id)).isZero();
    }

    @Test
    void theOutermostCallIsRetriedWithItsInnerCallsAsAWhole() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();

        probe.outerCallingInner(probe, id, calls, 1);

        assertThat(calls).hasValue(2);
        assertThat(stored(id)).isOne();
    }

    @Test
    void anOptimisticLockFailureIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> probe.failOptimistically(calls))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(calls).hasValue(1);
    }

    @Test
    void thePortalsTransactionalServicesAreRetriedOutsideTheirTransaction() {
        Advisor[] advisors = ((Advised) context.getBean(Content.class)).getAdvisors();
        List<Advisor> chain = List.of(advisors);
        Advisor retry = context.getBean("transactionRetryAdvisor", Advisor.class);
        Advisor transaction = context.getBean(BeanFactoryTransactionAttributeSourceAdvisor.class);

        assertThat(chain).contains(retry, transaction);
        assertThat(chain.indexOf(retry)).isLessThan(chain.indexOf(transaction));
    }

    private int stored(String id) {
        return jdbc.queryForObject("select count(*) from test_retry_probe where id = ?", Integer.class, id);
    }

    /** A service whose writes fail with real MariaDB lock errors a given number of times. */
    static class Probe {

        private static final String DEADLOCK = "SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, "
                + "MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction'";

        private final JdbcTemplate jdbc;

        Probe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** Writes, then fails at commit (as Galera's certification does) on the first {@code failures} commits. */
        @Transactional
        public void insertFailingAtCommit(String id, AtomicInteger commits, int failures) {
            jdbc.update("insert into test_retry_probe (id) values (?)", id);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (commits.incrementAndGet() <= failures) {
                        jdbc.execute(DEADLOCK);
                    }
                }
            });
        }

        @Transactional
        public void insertFailingInBody(String id, AtomicInteger calls, int failures) {
            jdbc.update("insert into test_retry_probe (id) values (?)", id);
            if (calls.incrementAndGet() <= failures) {
                jdbc.execute(DEADLOCK);
            }
        }

        @Transactional
        public void outerCallingInner(Probe self, String id, AtomicInteger calls, int failures) {
            self.insertFailingInBody(id, calls, failures);
        }

        @Transactional
        public void failOptimistically(AtomicInteger calls) {
            calls.incrementAndGet();
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }
    }
}
