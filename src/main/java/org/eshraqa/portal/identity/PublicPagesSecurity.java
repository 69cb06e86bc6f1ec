package org.eshraqa.portal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages anyone may open without signing in, served as plain HTML by the modules' Spring MVC
 * controllers (survey, registration, e-mail verification, public information, certificate check,
 * sitemap). Their chain runs before the Vaadin one and never creates an HTTP session: a survey
 * link or an FAQ page opened a million times holds no memory on the server. A session that
 * already exists (a signed-in person reading a guide) is read, so staff still see staff guides.
 *
 * <p>The sign-in page stays on the Vaadin chain: its form posts to Spring Security's form login,
 * whose CSRF token lives in the session the sign-in creates anyway. The "stay signed in" cookie is
 * read there too, not here: a remembered visitor's public page stays sessionless, and the sign-in
 * link signs them in without a form.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesSecurity {

    /** The paths of the server-rendered public pages, also used by the sitemap's tests. */
    static final List<String> PATHS = List.of("/", "/about", "/contact", "/privacy", "/faq", "/faq/*", "/guides",
            "/guides/*", "/survey/*", "/you-said-we-did", "/certificates/verify", "/certificates/verify/*",
            "/register", "/verify", "/sitemap.xml", "/robots.txt");

    /**
     * Stricter than the Flow app's policy: these pages run no inline or evaluated script, and
     * their only stylesheet is a file of the portal.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain publicPagesChain(HttpSecurity http, Clock clock, SessionRegistry sessionRegistry,
                                    @Value("${portal.session.absolute-lifetime:12h}") Duration sessionLifetime,
                                    AccountStanding standing)
            throws Exception {
        http.securityMatcher(matcher())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // A session ended by the registry (account disabled, a role taken away) ends here too.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                        .maximumSessions(-1).sessionRegistry(sessionRegistry))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
                .addFilterBefore(new SessionLifetimeFilter(sessionLifetime, clock), SecurityContextHolderFilter.class)
                // A session whose account was disabled or lost a role on any node ends here too (staff guides).
                .addFilterAfter(new AccountStandingFilter(standing), SecurityContextHolderFilter.class)
                .addFilterAfter(new MetricsAccountUiFilter(), SecurityContextHolderFilter.class)
                .headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <F extends HeaderWriterFilter> F postProcess(F filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                SecurityConfiguration.PERMISSIONS_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /** The public paths, but never Vaadin's own requests to the root ({@code /?v-r=uidl…}). */
    static RequestMatcher matcher() {
        RequestMatcher paths = new OrRequestMatcher(PATHS.stream()
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
        return request -> {
            String query = request.getQueryString();
            return (query == null || !query.contains("v-r=")) && paths.matches(request);
        };
    }

    /**
     * A visitor's CSRF token travels in a cookie, so a form page creates no session; a signed-in
     * person's is the session's own, so a form on these pages (signing out) posts to the Vaadin
     * chain with the token it expects.
     */
    static final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

        private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
        private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

        SessionOrCookieCsrfTokens() {
            cookie.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
        }

        private CsrfTokenRepository pick(HttpServletRequest request) {
            HttpSession existing = request.getSession(false);
            return existing != null ? session : cookie;
        }

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return pick(request).generateToken(request);
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
            pick(request).saveToken(token, request, response);
        }

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            return pick(request).loadToken(request);
        }
    }
}
