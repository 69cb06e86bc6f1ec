package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator whose password was generated at first start (as {@link AccountBootstrap} makes
 * one) signs in over real HTTP and tries every way around the change-password page: pages by
 * address, with a query, unknown ones, a form post, the actuator with the same password. All end
 * on the change-password page or are refused, until the password is changed; then they open.
 */
class PasswordChangeGateTest extends PortalTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String NEW_PASSWORD = "Chosen-admin-2026";

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordChanges changes;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(String email, String password) throws Exception {
        Matcher csrf = CSRF.matcher(get("/login").body());
        String form = "username=" + enc(email) + "&password=" + enc(password)
                + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers().firstValue("Location").orElseThrow();
    }

    private int metrics(String email, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/actuator/prometheus"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An administrator as the first start creates one without PORTAL_ADMIN_PASSWORD. */
    private String generatedAdministrator() {
        String email = newAccount("مدير أول", Role.ADMIN);
        jdbc.update("update account set must_change_password = true where email = ?", email);
        return email;
    }

    @Test
    void aGeneratedPasswordOpensNothingButTheChangePasswordPageUntilItIsChanged() throws Exception {
        String admin = generatedAdministrator();
        assertThat(signIn(admin, DEMO_PASSWORD)).doesNotContain("error");

        List<String> pages = List.of("/", "/admin/users", "/admin/mail", "/admin/access-log", "/admin/erasures",
                "/admin/content", "/staff/summary", "/my-data", "/requests", "/admin/users?tab=1", "/ADMIN/users",
                "/admin/users/", "/no-such-page", "/admin/%75sers");
        for (String page : pages) {
            HttpResponse<String> response = get(page);
            // Sent to the change-password page, or refused outright (Spring Security refuses some first).
            assertThat(response.statusCode()).as(page).isIn(302, 403);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(page)
                        .endsWith("/change-password");
            }
        }
        HttpResponse<Void> post = client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/admin/users"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(post.statusCode()).as("a form post elsewhere").isEqualTo(403);
        assertThat(metrics(admin, DEMO_PASSWORD)).as("the actuator with the generated password").isEqualTo(403);
        assertThat(get("/admin/users").statusCode()).as("the administrator's own page").isEqualTo(302);
        assertThat(get("/change-password").statusCode()).isEqualTo(200);

        signInAs(admin);
        assertThat(changes.required()).isTrue();
        assertThat(changes.change(NEW_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)).contains("password.change.wrongCurrent");
        assertThat(changes.change(DEMO_PASSWORD, "short1", "short1")).contains("validation.password.rule");
        assertThat(changes.change(DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")).contains("password.change.mismatch");
        assertThat(changes.change(DEMO_PASSWORD, DEMO_PASSWORD, DEMO_PASSWORD)).contains("password.change.same");
        assertThat(get("/admin/users").statusCode()).as("nothing changed yet").isEqualTo(302);

        assertThat(changes.change(DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)).isEmpty();
        assertThat(changes.required()).isFalse();
        // The change was made outside the browser's session, which therefore ended; signed in again
        // with the new password, the pages open. Metrics stay the metrics account's alone.
        // Ended by the session registry ("expired") or, first, by the account-standing check (sent
        // to sign in): either way the old session opens nothing.
        HttpResponse<String> ended = get("/admin/users");
        assertThat(ended.body().contains("expired")
                || ended.statusCode() == 302 && ended.headers().firstValue("Location").orElseThrow().contains("/login"))
                .as("the session ended: %s %s", ended.statusCode(), ended.headers().map()).isTrue();
        assertThat(signIn(admin, NEW_PASSWORD)).doesNotContain("error");
        assertThat(get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(metrics(admin, NEW_PASSWORD)).isEqualTo(403);
        assertThat(metrics(admin, DEMO_PASSWORD)).as("the generated password is gone").isEqualTo(401);
    }

    @Test
    void anAccountWithItsOwnPasswordIsNotHeldUp() throws Exception {
        String admin = newAccount("مدير آخر", Role.ADMIN);
        assertThat(signIn(admin, DEMO_PASSWORD)).doesNotContain("error");
        assertThat(get("/admin/users").statusCode()).isEqualTo(200);
        signInAs(admin);
        assertThat(changes.required()).isFalse();
    }
}
