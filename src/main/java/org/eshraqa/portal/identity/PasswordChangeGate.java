package org.eshraqa.portal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a generated password is replaced, a session may load the change-password page and what
 * the page itself needs (Vaadin's own requests, whose navigation the views' guard sends to the same
 * page), sign out, and nothing else: any other page is redirected there, and the actuator and
 * every other request are refused. Runs after Spring Security's chain, so the session's sign-in
 * is known.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class PasswordChangeGate extends OncePerRequestFilter {

    static final String ROUTE = "change-password";

    private final PasswordChanges changes;

    PasswordChangeGate(PasswordChanges changes) {
        this.changes = changes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!changes.required() || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        if ("GET".equals(request.getMethod()) && !path.startsWith("/actuator")) {
            response.sendRedirect(request.getContextPath() + "/" + ROUTE);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/" + ROUTE) || path.equals("/logout") || path.equals("/login")
                || path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                // Vaadin's client-server traffic (UIDL, heartbeat, push) and its static resources.
                || request.getParameter("v-r") != null || path.startsWith("/VAADIN/")
                || path.startsWith("/images/") || path.startsWith("/styles/") || path.startsWith("/scripts/")
                || path.startsWith("/icons/")
                || path.equals("/favicon.ico") || path.equals("/sw.js") || path.equals("/manifest.webmanifest")
                || path.equals("/offline.html") || path.equals("/error");
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.isEmpty() ? "/" : uri;
    }
}
