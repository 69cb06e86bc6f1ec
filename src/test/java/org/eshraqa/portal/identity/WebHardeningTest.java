package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.spring.SpringServlet;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Web hardening over real HTTP: the security headers every page carries, sign-in throttling
 * per account (through the login form and HTTP Basic, whatever the spelling of the account) and
 * per address, metrics for the scrape-only account alone, and sessions that end when they must.
 * Each test sends from its own loopback address, so the per-address buckets of one test do not
 * throttle another.
 */
class WebHardeningTest extends PortalTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired List<ServletRegistrationBean<?>> servlets;
    @Autowired Accounts accounts;
    @Autowired AccountUserDetailsService users;
    @Autowired SessionRegistry sessions;

    private final InetAddress from = loopback();
    private HttpClient client = newClient();

    private HttpClient newClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .localAddress(from)
                .build();
    }

    /** A loopback address of this test's own (127.0.0.2 to 127.0.0.254). */
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + new java.security.SecureRandom().nextInt(253))});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(String path) {
        return infra().portalUrl().replace("://localhost:", "://127.0.0.1:") + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form as the browser does and returns where the portal sends the person. */
    private String signIn(String email, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF.matcher(page.body());
        String form = "username=" + enc(email) + "&password=" + enc(password)
                + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers().firstValue("Location").orElseThrow();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/", "/register")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p)
                    .contains("camera=()"));
            // Plain HTTP here: HSTS is only sent over TLS.
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void anAccountIsLockedForAWhileAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        String email = uniqueEmail("guessed");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(email, "wrong-guess-" + attempt)).as("attempt " + attempt).endsWith("/login?error");
        }
        String refused = signIn(email, "wrong-guess-6");
        assertThat(refused).contains("/login?error=throttled&wait=");
        assertThat(Integer.parseInt(refused.replaceAll(".*wait=", ""))).isBetween(1, 15);

        // Another account from the same address is not affected, and the demo account still signs in.
        assertThat(signIn(BENEFICIARY, DEMO_PASSWORD)).doesNotContain("error");
    }

    private int metrics(String email, String password) throws Exception {
        return actuator("/actuator/prometheus", email, password);
    }

    private int actuator(String path, String email, String password) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** A new active account with these roles and the demo password, its address full of letters to vary. */
    private String account(Role... roles) {
        String email = uniqueEmail("kamal.sio");
        signInAs(ADMIN);
        try {
            accounts.createStaff(new NewStaffAccount("كمال سالم", email, null, DEMO_PASSWORD, Set.of(roles)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return email;
    }

    @Test
    void metricsTakeNoPasswordGuessingAndOnlyTheMetricsAccountReadsThem() throws Exception {
        String email = uniqueEmail("scraper");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(metrics(email, "wrong-guess-" + attempt)).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(metrics(email, "wrong-guess-6")).as("the same buckets as the login form").isEqualTo(429);
        // No person's password reads metrics, not even an administrator's.
        assertThat(metrics(OFFICER, DEMO_PASSWORD)).isEqualTo(403);
        assertThat(metrics(ADMIN, DEMO_PASSWORD)).isEqualTo(403);
        assertThat(actuator("/actuator/metrics", ADMIN, DEMO_PASSWORD)).isEqualTo(403);
        assertThat(actuator("/actuator/metrics/jvm.memory.used", ADMIN, DEMO_PASSWORD)).isEqualTo(403);

        String scraper = account(Role.METRICS);
        assertThat(metrics(scraper, DEMO_PASSWORD)).isEqualTo(200);
        assertThat(actuator("/actuator/metrics", scraper, DEMO_PASSWORD)).isEqualTo(200);
        assertThat(actuator("/actuator/metrics/jvm.memory.used", scraper, DEMO_PASSWORD)).isEqualTo(200);
        assertThat(actuator("/actuator/info", scraper, DEMO_PASSWORD)).isEqualTo(403);
        assertThat(actuator("/actuator/health", scraper, DEMO_PASSWORD)).isEqualTo(200);
    }

    @Test
    void theMetricsAccountOpensNoPage() throws Exception {
        String scraper = account(Role.METRICS);
        assertThat(signIn(scraper, DEMO_PASSWORD)).doesNotContain("error");
        for (String path : List.of("/", "/my-data", "/admin/users", "/login")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(signIn(scraper, DEMO_PASSWORD)).doesNotContain("error");
        }
        // The refusal ended the session: the same browser is a visitor again.
        assertThat(signIn(scraper, DEMO_PASSWORD)).doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void everySpellingOfAnAccountUsesUpItsOneLimitOnTheLoginForm() throws Exception {
        String email = account(Role.BENEFICIARY);
        long id = accountId(email);
        List<String> variants = EmailVariants.sameAccount(email);
        assertThat(variants).hasSizeGreaterThan(40);
        // Every spelling reaches this account; no look-alike reaches any.
        for (String variant : variants) {
            assertThat(((PortalPrincipal) users.loadUserByUsername(variant)).accountId()).as(variant).isEqualTo(id);
        }
        for (String lookAlike : EmailVariants.otherAccounts(email)) {
            assertThatThrownBy(() -> users.loadUserByUsername(lookAlike)).as(lookAlike)
                    .isInstanceOf(UsernameNotFoundException.class);
        }

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn(variants.get(attempt * 7), "wrong-guess-" + attempt)).as(variants.get(attempt * 7))
                    .endsWith("/login?error");
        }
        for (String variant : variants) {
            assertThat(signIn(variant, DEMO_PASSWORD)).as(variant).contains("/login?error=throttled");
        }
        assertThat(signIn(email, DEMO_PASSWORD)).contains("/login?error=throttled");
    }

    @Test
    void everySpellingOfAnAccountUsesUpItsOneLimitOverHttpBasic() throws Exception {
        String email = account(Role.METRICS);
        List<String> variants = EmailVariants.sameAccount(email);
        assertThat(metrics(variants.get(3), DEMO_PASSWORD)).isEqualTo(200);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(metrics(variants.get(attempt * 5 + 1), "wrong-guess-" + attempt)).isEqualTo(401);
        }
        for (String variant : variants) {
            assertThat(metrics(variant, DEMO_PASSWORD)).as(variant).isEqualTo(429);
        }
        assertThat(metrics(email, DEMO_PASSWORD)).isEqualTo(429);
        // The login form counts in the same bucket.
        assertThat(signIn(email.toUpperCase(), DEMO_PASSWORD)).contains("/login?error=throttled");
    }

    @Test
    void takingARoleAwayEndsThePersonsOpenSession() throws Exception {
        String email = account(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER);
        long id = accountId(email);
        assertThat(signIn(email, DEMO_PASSWORD)).doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(sessions.getAllPrincipals()).anyMatch(p -> p instanceof PortalPrincipal pp && pp.accountId() == id);

        signInAs(ADMIN);
        accounts.setRoles(id, Set.of(Role.RELATIONS_OFFICER));
        SecurityContextHolder.clearContext();

        // Ended by the session registry ("expired") or, first, by the account-standing check: the
        // home page is then the visitor's, with the sign-in link.
        HttpResponse<String> next = get("/");
        assertThat(next.body().contains("expired") || next.body().contains("id=\"sign-in-link\""))
                .as("the session ended: %s", next.body()).isTrue();
        assertThat(sessions.getAllPrincipals()).noneMatch(p -> p instanceof PortalPrincipal pp
                && pp.accountId() == id && !sessions.getAllSessions(p, false).isEmpty());
    }

    @Test
    void oneAddressIsSlowedDownAcrossAccounts() {
        SignInThrottle throttle = new SignInThrottle(5, 3, Duration.ofMinutes(15), new SimpleMeterRegistry());
        for (int i = 0; i < 3; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt("person" + i + "@example.org", "10.0.0.7"),
                    new BadCredentialsException("no")));
        }
        assertThat(throttle.waitBefore("someone.else@example.org", "10.0.0.7")).isPresent();
        assertThat(throttle.waitBefore("someone.else@example.org", "10.0.0.8")).isEmpty();
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailures() {
        SignInThrottle throttle = new SignInThrottle(2, 100, Duration.ofMinutes(15), new SimpleMeterRegistry());
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt("amal@example.org", "10.0.0.9"),
                new BadCredentialsException("no")));
        throttle.succeeded(new AuthenticationSuccessEvent(new TestingAuthenticationToken("amal@example.org", null)));
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt("Amal@Example.org", "10.0.0.9"),
                new BadCredentialsException("no")));
        assertThat(throttle.waitBefore("amal@example.org", "10.0.0.9")).isEmpty();
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt("amal@example.org", "10.0.0.9"),
                new BadCredentialsException("no")));
        assertThat(throttle.waitBefore(" AMAL@example.org ", "10.0.0.10")).isPresent();
    }

    @Test
    void anOpenTabDoesNotKeepAnIdleSessionAlive() throws Exception {
        get("/");
        SpringServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(SpringServlet.class::isInstance).map(SpringServlet.class::cast).findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, "x");
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
