package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.testsupport.OidcTestProvider;
import org.eshraqa.testsupport.PortalTestBase;
import org.eshraqa.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in through a real OpenID Connect provider (Spring Authorization Server on its own port):
 * the full authorization-code flow over HTTP, as a browser would do it, with no mocked tokens.
 */
class OidcSignInTest extends PortalTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired AccountRepository accounts;
    @Autowired OidcLinkRepository links;

    /** A browser: follows redirects, keeps each server's cookies (portal at localhost, provider at 127.0.0.1). */
    private final HttpClient browser = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .cookieHandler(new HostCookies())
            .build();

    private HttpResponse<String> signInAtProvider(String username, String password) throws Exception {
        HttpResponse<String> loginPage = browser.send(page(infra().portalUrl()
                + "/oauth2/authorization/" + TestInfrastructure.OIDC_REGISTRATION),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.uri().toString()).startsWith(infra().oidcIssuer() + "/login");
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("provider login form").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        return browser.send(HttpRequest.newBuilder(URI.create(infra().oidcIssuer() + "/login"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @BeforeEach
    void provider() {
        infra().startOidcProvider();
    }

    @Test
    void firstSignInCreatesAVerifiedBeneficiaryAndTheNextOneReusesIt() throws Exception {
        HttpResponse<String> landed = signInAtProvider(OidcTestProvider.USER_EMAIL, OidcTestProvider.USER_PASSWORD);

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().toString()).isEqualTo(infra().portalUrl() + "/");
        Account account = accounts.findByEmail(OidcTestProvider.USER_EMAIL).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.BENEFICIARY);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.fullName()).isEqualTo(OidcTestProvider.USER_NAME);
        assertThat(account.passwordHash()).isNull();
        long count = accounts.count();

        // The portal session is signed in: the login page sends a signed-in person home.
        HttpResponse<String> again = browser.send(page(infra().portalUrl()
                + "/oauth2/authorization/" + TestInfrastructure.OIDC_REGISTRATION),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.uri().toString()).isEqualTo(infra().portalUrl() + "/");
        assertThat(accounts.count()).isEqualTo(count);
        assertThat(links.findAll()).filteredOn(l -> l.accountId().equals(account.id())).hasSize(1);
    }

    @Test
    void anUnverifiedEmailIsRefused() throws Exception {
        HttpResponse<String> landed = signInAtProvider("unverified@example.org", OidcTestProvider.USER_PASSWORD);

        assertThat(landed.uri().toString()).startsWith(infra().portalUrl() + "/login?error");
        assertThat(accounts.findByEmail("unverified@example.org")).isEmpty();
    }

    @Test
    void wrongPasswordAtTheProviderNeverReachesThePortal() throws Exception {
        HttpResponse<String> landed = signInAtProvider(OidcTestProvider.USER_EMAIL, "not-the-password-1");
        assertThat(landed.uri().toString()).startsWith(infra().oidcIssuer() + "/login?error");
    }

    @Autowired PortalOidcUserService oidcUsers;
    @Autowired SignInThrottle throttle;
    @Autowired Accounts portal;

    @Test
    void everySpellingOfAProviderEmailLinksTheOneAccountAndWaitsForItsSignInLimit() {
        String email = uniqueEmail("kamal.sio");
        long id = portal.register(new Registration("كمال سالم", email, "0551234567", "a-good-password-1", true, "ar"));
        List<String> variants = EmailVariants.sameAccount(email);
        String run = "subject-" + System.nanoTime() + "-";
        for (int n = 0; n < variants.size(); n++) {
            assertThat(oidcUsers.account(TestInfrastructure.OIDC_REGISTRATION, run + n, variants.get(n), true, "x",
                    "192.0.2.1").id()).as(variants.get(n)).isEqualTo(id);
        }
        // Look-alikes are refused or become accounts of their own; none is linked to this one.
        for (String lookAlike : EmailVariants.otherAccounts(email)) {
            try {
                assertThat(oidcUsers.account(TestInfrastructure.OIDC_REGISTRATION, run + lookAlike.hashCode(),
                        lookAlike, true, "x", "192.0.2.1").id()).as(lookAlike).isNotEqualTo(id);
            } catch (OAuth2AuthenticationException refused) {
                assertThat(refused.getError().getErrorCode()).isEqualTo("email_not_verified");
            }
        }

        // Wrong passwords typed in other spellings use up the account's limit; linking it now waits too.
        for (int attempt = 0; attempt < 5; attempt++) {
            UsernamePasswordAuthenticationToken typed = UsernamePasswordAuthenticationToken.unauthenticated(
                    variants.get(attempt * 3), "wrong");
            typed.setDetails(new WebAuthenticationDetails("192.0.2." + (10 + attempt), null));
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(typed, new BadCredentialsException("no")));
        }
        for (String variant : List.of(email, variants.get(1), variants.getLast())) {
            assertThatThrownBy(() -> oidcUsers.account(TestInfrastructure.OIDC_REGISTRATION, run + "late",
                    variant, true, "x", "192.0.2.99")).as(variant).isInstanceOf(OAuth2AuthenticationException.class);
        }
        assertThat(links.findByProviderAndSubject(TestInfrastructure.OIDC_REGISTRATION, run + "late")).isEmpty();
    }

    /** A page request as a browser sends it: providers answer HTML clients with redirects, not 401. */
    private static HttpRequest page(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build();
    }

    /**
     * Cookies kept per host name, as browsers do (the JDK's CookieManager treats dot-less host
     * names such as localhost specially and mixes them up).
     */
    static final class HostCookies extends java.net.CookieHandler {
        private final java.util.Map<String, java.util.Map<String, String>> jar = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            var cookies = jar.getOrDefault(uri.getHost(), java.util.Map.of());
            if (cookies.isEmpty()) {
                return java.util.Map.of();
            }
            String header = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            return java.util.Map.of("Cookie", java.util.List.of(header));
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        jar.computeIfAbsent(uri.getHost(), h -> new java.util.concurrent.ConcurrentHashMap<>())
                                .put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
            });
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
