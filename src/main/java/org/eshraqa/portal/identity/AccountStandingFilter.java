package org.eshraqa.portal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose account no longer stands as it did ({@link AccountStanding}):
 * disabled, erased, a role taken away or the password changed, by this node or another. The
 * request goes on unauthenticated, as after the session's end by {@link SessionLifetimeFilter}:
 * the person meets the sign-in page.
 *
 * <p>The standing is recorded at the session's first signed-in request after sign-in; the account
 * was read from the database a moment before, at sign-in itself. Added to the security chain only.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    static final String SEEN = AccountStandingFilter.class.getName() + ".seen";

    private static final Logger log = LoggerFactory.getLogger(AccountStandingFilter.class);

    private final AccountStanding standing;

    AccountStandingFilter(AccountStanding standing) {
        this.standing = standing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalPrincipal person) {
            AccountStanding.Standing now;
            try {
                now = standing.of(person.accountId());
            } catch (org.springframework.dao.DataAccessException databaseDown) {
                // No standing can be read while the database is out; nothing can be read or written
                // either, and the page says so. The check resumes at the first request after.
                chain.doFilter(request, response);
                return;
            }
            try {
                Object seen = session.getAttribute(SEEN);
                boolean holds = seen instanceof AccountStanding.Standing before ? now.keeps(before) : now.active();
                if (holds && seen == null) {
                    session.setAttribute(SEEN, now);
                } else if (!holds) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    log.info("Account {} no longer stands as when its session began: the session was ended",
                            person.accountId());
                }
            } catch (IllegalStateException alreadyInvalid) {
                SecurityContextHolder.clearContext();   // another request ended it first
            }
        }
        chain.doFilter(request, response);
    }
}
