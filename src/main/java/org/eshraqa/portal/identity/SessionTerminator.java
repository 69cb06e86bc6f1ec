package org.eshraqa.portal.identity;

import org.eshraqa.portal.shared.PortalPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of an account that was disabled, erased or lost a role, as soon as the
 * change is committed: a session keeps the roles it signed in with. After a password change the
 * account's other sessions end (one opened with the old password may be someone else's). In
 * every case the account's "stay signed in" devices are forgotten too: they must sign in again
 * with the password (tokens are in the database, so this holds on every node of a cluster).
 */
@Component
class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

    private final SessionRegistry sessions;
    private final RememberMeTokens rememberMe;

    SessionTerminator(SessionRegistry sessions, RememberMeTokens rememberMe) {
        this.sessions = sessions;
        this.rememberMe = rememberMe;
    }

    @TransactionalEventListener
    void on(AccountDisabled event) {
        log.info("Account {} disabled: {} session(s) ended", event.accountId(), endSessions(event.accountId()));
    }

    @TransactionalEventListener
    void on(AccountRolesRevoked event) {
        log.info("Account {} lost a role: {} session(s) ended", event.accountId(), endSessions(event.accountId()));
    }

    @TransactionalEventListener
    void on(AccountErased event) {
        log.info("Account {} erased: {} session(s) ended", event.accountId(), endSessions(event.accountId()));
    }

    @TransactionalEventListener
    void on(PasswordChanged event) {
        log.info("Account {} changed its password: {} other session(s) ended", event.accountId(),
                endSessions(event.accountId(), event.keptSessionId()));
    }

    private int endSessions(long accountId) {
        return endSessions(accountId, null);
    }

    private int endSessions(long accountId, String keptSessionId) {
        int forgotten = rememberMe.removeAll(accountId);
        if (forgotten > 0) {
            log.info("Account {}: {} remembered device(s) forgotten", accountId, forgotten);
        }
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof PortalPrincipal p && p.accountId() == accountId) {
                for (var session : sessions.getAllSessions(principal, false)) {
                    if (session.getSessionId().equals(keptSessionId)) {
                        continue;
                    }
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
