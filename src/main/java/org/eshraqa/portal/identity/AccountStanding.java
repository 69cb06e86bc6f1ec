package org.eshraqa.portal.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a session's standing rests on, read from the database: whether the account may still sign
 * in, its password (as a digest of the stored hash, never the hash itself) and its roles. A session
 * records the standing it first saw ({@link AccountStandingFilter}); when the account was disabled,
 * erased, lost a role or changed its password on <em>any</em> node, the standing no longer holds and
 * the session ends at its next request. {@link SessionTerminator} ends the sessions of the node that
 * made the change at once; this check reaches those held by the other nodes of a cluster, which
 * share the database but not their memory.
 *
 * <p>Read at most once per {@code portal.security.standing-check} (2 s by default) per account and
 * node, so a change reaches every node's sessions within that time plus their next request.
 */
@Component
class AccountStanding {

    /** The standing a session saw; kept in the session, so serialisable and without the hash. */
    record Standing(long accountId, boolean active, String passwordDigest, Set<String> roles) implements Serializable {

        /** Does the account still stand as it did when {@code seen} was recorded? A role added keeps it. */
        boolean keeps(Standing seen) {
            return active && seen.accountId == accountId && passwordDigest.equals(seen.passwordDigest)
                    && roles.containsAll(seen.roles);
        }
    }

    private final JdbcClient jdbc;
    private final Cache<Long, Standing> recent;

    AccountStanding(JdbcClient jdbc, @Value("${portal.security.standing-check:2s}") Duration interval) {
        this.jdbc = jdbc;
        this.recent = Caffeine.newBuilder().expireAfterWrite(interval).maximumSize(20_000).build();
    }

    Standing of(long accountId) {
        return recent.get(accountId, this::read);
    }

    private Standing read(long accountId) {
        record Row(String status, String passwordHash, String role) {}
        List<Row> rows = jdbc.sql("""
                        select a.status, a.password_hash, r.role from account a
                        left join account_role r on r.account_id = a.id where a.id = ?""")
                .param(accountId).query(Row.class).list();
        if (rows.isEmpty()) {
            return new Standing(accountId, false, "", Set.of());
        }
        Set<String> roles = new TreeSet<>();
        rows.stream().map(Row::role).filter(r -> r != null).forEach(roles::add);
        return new Standing(accountId, AccountStatus.ACTIVE.name().equals(rows.getFirst().status()),
                digest(rows.getFirst().passwordHash()), Set.copyOf(roles));
    }

    private static String digest(String passwordHash) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256")
                    .digest((passwordHash == null ? "" : passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The session in which a person changed their password goes on: it forgets the standing it saw,
     * so its next request records the new one (the other sessions of the account end).
     */
    @TransactionalEventListener
    void on(PasswordChanged event) {
        recent.invalidate(event.accountId());
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && event.keptSessionId() != null && event.keptSessionId().equals(request.getSessionId())) {
            request.removeAttribute(AccountStandingFilter.SEEN, RequestAttributes.SCOPE_SESSION);
        }
    }
}
