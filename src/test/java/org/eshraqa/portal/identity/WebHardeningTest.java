package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Web hardening over real HTTP: the security headers every page carries, sign-in throttling
 * per account (through the login form) and per address, and idle sessions that a heartbeat does
 * not keep open.
 */
class WebHardeningTest extends PortalTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired List<ServletRegistrationBean<?>> servlets;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form as the browser does and returns where the portal sends the person. */
    private String signIn(String email, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF.matcher(page.body());
        String form = "username=" + enc(email) + "&password=" + enc(password)
                + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/login"))
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
        String basic = java.util.Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/actuator/prometheus"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void metricsTakeNoPasswordGuessingAndDoNotTellARightPasswordOfAnotherRole() throws Exception {
        String email = uniqueEmail("scraper");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(metrics(email, "wrong-guess-" + attempt)).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(metrics(email, "wrong-guess-6")).as("the same buckets as the login form").isEqualTo(429);
        // The officer's right password reads no metrics and looks like a wrong one.
        assertThat(metrics(OFFICER, DEMO_PASSWORD)).isEqualTo(401);
        assertThat(metrics(ADMIN, DEMO_PASSWORD)).isEqualTo(200);
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
