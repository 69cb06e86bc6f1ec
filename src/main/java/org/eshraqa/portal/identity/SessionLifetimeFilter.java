package org.eshraqa.portal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lived longer than {@code portal.session.absolute-lifetime}, however
 * active it was: a shared or stolen session cannot be kept alive for ever. (Idle sessions end after
 * {@code server.servlet.session.timeout}; Vaadin's {@code closeIdleSessions} stops an open tab's
 * heartbeat from counting as activity.) The next request starts afresh at the sign-in page.
 *
 * <p>Added to the security chain only (not a bean), so the container does not run it twice.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && tooOld(session)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // Another request ended it first.
            }
            SecurityContextHolder.clearContext();
            log.info("A session reached its absolute lifetime of {} and was ended", lifetime);
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpSession session) {
        try {
            return clock.millis() - session.getCreationTime() > lifetime.toMillis();
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
