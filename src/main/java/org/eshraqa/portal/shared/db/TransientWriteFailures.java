package org.eshraqa.portal.shared.db;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Tells the failures after which running the same transaction again is right: the database
 * rolled the whole transaction back because of a lock, and nothing of it was stored.
 *
 * <ul>
 *   <li>MariaDB 1213 (deadlock; also Galera's certification conflict: a row this transaction
 *       wrote was committed first on another node), 1205 (lock wait timeout), 1180 (error during
 *       COMMIT), and SQLSTATE 40001 (serialization failure);</li>
 *   <li>their Spring translations, {@link PessimisticLockingFailureException} and its subclasses
 *       {@code CannotAcquireLockException}, {@code DeadlockLoserDataAccessException},
 *       {@code CannotSerializeTransactionException}, and JPA's pessimistic lock exceptions.</li>
 * </ul>
 *
 * An optimistic-lock failure ({@code @Version}) anywhere in the chain is never transient: someone
 * else changed what the person was looking at, and they must see that.
 */
public final class TransientWriteFailures {

    private static final Set<Integer> LOCK_ERRORS = Set.of(1213, 1205, 1180);

    private TransientWriteFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        boolean transientSeen = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isOptimistic(t)) {
                return false;
            }
            if (t instanceof PessimisticLockingFailureException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof SQLException sql && (LOCK_ERRORS.contains(sql.getErrorCode())
                            || "40001".equals(sql.getSQLState()))) {
                transientSeen = true;
            }
        }
        return transientSeen;
    }

    private static boolean isOptimistic(Throwable t) {
        return t instanceof OptimisticLockingFailureException
                || t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleStateException;
    }
}
