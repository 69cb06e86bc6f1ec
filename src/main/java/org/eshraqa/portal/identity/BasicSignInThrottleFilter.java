package org.eshraqa.portal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in throttle for HTTP Basic on the actuator (metrics scraping): the same buckets as the
 * login form, so a password cannot be guessed there instead. A throttled attempt gets 429 with
 * {@code Retry-After}, before the password is even checked.
 */
class BasicSignInThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "basic ";

    private final SignInThrottle throttle;

    BasicSignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            Optional<Duration> wait = throttle.waitBefore(username(header.substring(BASIC.length())),
                    request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String username(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
