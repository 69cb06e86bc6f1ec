package org.eshraqa.portal.identity;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web security. Two chains: the actuator (HTTP Basic, stateless; health is public, prometheus and
 * metrics need METRICS, the rest is closed) and the Vaadin UI (form login plus any configured
 * OpenID Connect provider; a METRICS account opens no page).
 *
 * <p>Method security is {@code @PreAuthorize} on the modules' services. The views' JSR-250
 * annotations ({@code @RolesAllowed}, {@code @PermitAll}) are read by Vaadin's navigation access
 * control before a view is created; they are deliberately not method security as well: that made
 * every view instance a CGLIB proxy whose advisors Spring matched again at each navigation, a
 * fifth of the server's CPU under load ({@code docs/performance.md}, "Load test").
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * What pages may load. Vaadin Flow runs server-sent JavaScript ({@code executeJs}, which the
     * portal never builds from user data) and inline styles of its web components, so scripts
     * need 'unsafe-eval' and 'unsafe-inline'; everything else comes from the portal itself.
     * Nothing may frame the portal, and forms post only to it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    /** The sign-in page (server-rendered, {@code identity.web}) and where its form posts. */
    static final String LOGIN = "/login";

    /**
     * The SMS and WhatsApp providers' webhooks (messaging module): public, stateless, no CSRF token
     * (the providers cannot send one). Nothing else is matched, so no page loses CSRF protection.
     * Each call proves itself by the provider's signature or a secret in its address, checked by
     * the handler, which also limits rate, size and replays (docs/security.md, Webhooks).
     */
    @Bean
    @Order(0)
    SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/whatsapp", "/webhooks/sms/unifonic/*")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Only the scrape-only METRICS account reads metrics; no person's password does.
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                        .hasRole(Role.METRICS.name())
                        .anyRequest().denyAll())
                .addFilterBefore(new BasicSignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                // A right password of another account gets 403. That tells no more than the login
                // form does, and both count wrong passwords in the same buckets.
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
                           PortalOidcUserService oidcUsers, SessionRegistry sessionRegistry,
                           SignInThrottle throttle, Clock clock,
                           @Value("${portal.session.absolute-lifetime:12h}") Duration sessionLifetime,
                           PortalRememberMeServices rememberMe, AccountStanding standing)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles/**", "/scripts/**", "/error").permitAll()
                .requestMatchers(HttpMethod.GET, LOGIN).permitAll());
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SessionLifetimeFilter(sessionLifetime, clock), SecurityContextHolderFilter.class);
        // A session ends when its account is disabled, erased, loses a role or changes its password
        // on any node of a cluster, not only on the node that made the change.
        http.addFilterAfter(new AccountStandingFilter(standing), SecurityContextHolderFilter.class);
        http.addFilterAfter(new MetricsAccountUiFilter(), SecurityContextHolderFilter.class);
        // Written before the request is handled: Vaadin's page handler writes its own X-Frame-Options
        // (and the page is committed in a way that skips lazily written headers) otherwise.
        http.headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Sent only on requests that arrived over TLS (directly or as the proxy says).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                // The signed-in app, staff pages and the sign-in page are never for search engines
                // (the public pages, on their own chain, are: PublicPagesSecurity).
                .addHeaderWriter(new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow")));
        http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN, "/"));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage(LOGIN)
                    .defaultSuccessUrl("/", true)
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error=oidc") {
                        @Override
                        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                            AuthenticationException exception)
                                throws java.io.IOException, jakarta.servlet.ServletException {
                            log.warn("OpenID Connect sign-in refused: {}", exception.getMessage());
                            super.onAuthenticationFailure(request, response, exception);
                        }
                    })
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
        // "Stay signed in on this device" (opt-in box on the sign-in form): a person whose cluster node
        // is lost is signed in again by another node, with the token kept in the database.
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()));
        // Registers every session by principal, so disabling an account can end them all.
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry));
        return http.build();
    }

    /**
     * Persistent remember-me. The key only signs the authentication inside one request of one node,
     * so each node draws its own; the tokens that matter are in the database, shared by all nodes.
     */
    @Bean
    PortalRememberMeServices rememberMeServices(AccountUserDetailsService users, RememberMeTokens tokens,
                                                @Value("${portal.security.remember-me-validity:14d}") Duration validity) {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return new PortalRememberMeServices(java.util.HexFormat.of().formatHex(key), users, tokens, validity);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * bcrypt by default; stored hashes name their algorithm, so it can change later. At most
     * {@code portal.security.concurrent-password-hashes} hashes run at once (default: half the
     * processors), so a burst of sign-ins cannot take every core ({@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${portal.security.concurrent-password-hashes:0}") int concurrent,
                                    MeterRegistry meters) {
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                concurrent > 0 ? concurrent : BoundedPasswordEncoder.defaultConcurrency());
        Gauge.builder("portal.sign-in.waiting-for-hash", encoder, BoundedPasswordEncoder::waiting)
                .description("Sign-ins and password changes waiting for a turn to hash").register(meters);
        return encoder;
    }
}
