package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Stay signed in on this device" over real HTTP, as a browser whose cluster node was lost meets
 * it: a request with the remember-me cookie and no session is signed in again, the token changes at
 * every use, an old token presented again forgets every device of the account, only hashes are
 * stored, nothing is remembered without the box, and a disabled account's devices are forgotten.
 * Cookies are handled by hand here, so each "browser" is exactly the cookies it sends.
 */
class RememberMeTest extends PortalTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String COOKIE = PortalRememberMeServices.COOKIE;

    @Autowired RememberMeTokens tokens;
    @Autowired Accounts accounts;
    @Autowired JdbcTemplate jdbc;

    /** The session the last {@link #signIn} opened (the ID changes at sign-in). */
    private String signedInSession;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String url(String path) {
        return infra().portalUrl() + path;
    }

    /** Signs in on the login form, with or without the box; returns the remember-me cookie's value, if any. */
    private Optional<String> signIn(String email, boolean remember) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(page, "JSESSIONID").orElseThrow();
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + enc(email) + "&password=" + enc(DEMO_PASSWORD) + "&_csrf=" + enc(csrf.group(1))
                + (remember ? "&remember-me=on" : "");
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        signedInSession = cookie(posted, "JSESSIONID").orElseThrow();
        return cookie(posted, COOKIE);
    }

    /** A signed-in page, opened by a browser that has only the remember-me cookie (its node is gone). */
    private HttpResponse<String> openWithout(String rememberCookie) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url("/my-data")))
                .header("Cookie", COOKIE + "=" + rememberCookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean signedIn(HttpResponse<String> response) {
        return response.statusCode() == 200;
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    /** The cookie's series and token, decoded as Spring encodes them (unpadded Base64 of "series:token", each URL-encoded). */
    private static String[] parts(String cookie) {
        String base64 = cookie + "=".repeat((4 - cookie.length() % 4) % 4);
        String[] parts = new String(java.util.Base64.getDecoder().decode(base64), StandardCharsets.UTF_8).split(":");
        return new String[] {java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8)};
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aBrowserWhoseSessionIsGoneIsSignedInAgainByItsCookieAndTheTokenChangesAtEveryUse() throws Exception {
        String email = newAccount("ريم فهد العتيبي", Role.BENEFICIARY);
        String first = signIn(email, true).orElseThrow();
        long account = accountId(email);
        assertThat(tokens.countFor(account)).isOne();

        // Only the hash is stored: the cookie's token is not in the table, its SHA-256 is.
        String token = parts(first)[1];
        List<String> stored = jdbc.queryForList("select token_hash from remember_me_token where account_id = ?",
                String.class, account);
        assertThat(stored).containsExactly(RememberMeTokens.hash(token)).doesNotContain(token);

        HttpResponse<String> again = openWithout(first);
        assertThat(signedIn(again)).as("signed in by the cookie, no password").isTrue();
        assertThat(cookie(again, "JSESSIONID")).as("a new session on this node").isPresent();
        String second = cookie(again, COOKIE).orElseThrow();
        assertThat(second).as("a new token for the same series").isNotEqualTo(first);
        assertThat(tokens.countFor(account)).isOne();

        assertThat(signedIn(openWithout(second))).as("the new token works in turn").isTrue();
    }

    @Test
    void aTokenPresentedAgainAfterItChangedForgetsEveryDeviceOfTheAccount() throws Exception {
        String email = newAccount("سلمان خالد الدوسري", Role.BENEFICIARY);
        String copied = signIn(email, true).orElseThrow();
        String otherDevice = signIn(email, true).orElseThrow();
        long account = accountId(email);
        assertThat(tokens.countFor(account)).isEqualTo(2);

        String rotated = cookie(openWithout(copied), COOKIE).orElseThrow();   // the owner uses it
        HttpResponse<String> thief = openWithout(copied);                      // a copy taken before
        assertThat(signedIn(thief)).isFalse();
        assertThat(thief.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login"));
        assertThat(tokens.countFor(account)).as("every device forgotten").isZero();
        assertThat(signedIn(openWithout(rotated))).isFalse();
        assertThat(signedIn(openWithout(otherDevice))).isFalse();
    }

    @Test
    void withoutTheBoxNothingIsRemembered() throws Exception {
        String email = newAccount("نوف سعد القحطاني", Role.BENEFICIARY);
        assertThat(signIn(email, false)).isEmpty();
        assertThat(tokens.countFor(accountId(email))).isZero();
    }

    @Test
    void forgedOrUnknownCookiesSignNobodyIn() throws Exception {
        String email = newAccount("هند ماجد الشمري", Role.BENEFICIARY);
        String real = signIn(email, true).orElseThrow();
        String series = parts(real)[0];
        // The right series with the stored hash as its token (a copy of the table): refused, and the
        // mismatch counts as theft.
        String hash = jdbc.queryForObject("select token_hash from remember_me_token where series = ?", String.class, series);
        String forged = java.util.Base64.getEncoder().withoutPadding()
                .encodeToString((enc(series) + ":" + enc(hash)).getBytes(StandardCharsets.UTF_8));   // as Spring encodes them
        assertThat(signedIn(openWithout(forged))).isFalse();
        assertThat(tokens.countFor(accountId(email))).isZero();
        for (String junk : List.of("bm90LWEtdG9rZW4=", "%%%", "", "YTpi")) {
            assertThat(signedIn(openWithout(junk))).as(junk).isFalse();
        }
    }

    @Test
    void disablingAnAccountForgetsItsDevicesAndItsCookieNoLongerSignsIn() throws Exception {
        String email = newAccount("فيصل عمر الغامدي", Role.BENEFICIARY);
        String remembered = signIn(email, true).orElseThrow();
        long account = accountId(email);
        signInAs(newAccount("مدير الاختبار", Role.ADMIN));
        accounts.disable(account);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(tokens.countFor(account)).isZero();
        assertThat(signedIn(openWithout(remembered))).isFalse();
    }

    // A change made by another node of a cluster: written to the shared database, not heard by this
    // node's SessionTerminator. The session this node holds must end at its next request anyway.

    private HttpResponse<String> openIn(String session, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signedInSession(String email) throws Exception {
        signIn(email, false);
        String session = signedInSession;
        assertThat(signedIn(openIn(session, "/my-data"))).isTrue();
        return session;
    }

    private static void endedAtTheNextRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("login");
    }

    @Test
    void anAccountDisabledOnAnotherNodeEndsTheSessionHeldHere() throws Exception {
        String email = newAccount("خالد سعود العنزي", Role.BENEFICIARY);
        String session = signedInSession(email);
        jdbc.update("update account set status = 'DISABLED' where id = ?", accountId(email));
        endedAtTheNextRequest(openIn(session, "/my-data"));
        endedAtTheNextRequest(openIn(session, "/my-data"));
    }

    @Test
    void aRoleTakenAwayOnAnotherNodeEndsTheSessionAndARoleAddedDoesNot() throws Exception {
        String email = newAccount("منيرة علي الحربي", Role.RELATIONS_OFFICER);
        String session = signedInSession(email);
        long account = accountId(email);
        jdbc.update("insert into account_role (account_id, role) values (?, 'QUALITY_MANAGER')", account);
        assertThat(signedIn(openIn(session, "/my-data"))).as("a role added keeps the session").isTrue();
        jdbc.update("delete from account_role where account_id = ? and role = 'RELATIONS_OFFICER'", account);
        endedAtTheNextRequest(openIn(session, "/my-data"));
    }

    @Test
    void aPasswordChangedOnAnotherNodeEndsTheSessionAndAForgedOneCannotComeBack() throws Exception {
        String email = newAccount("عبدالعزيز فهد السبيعي", Role.BENEFICIARY);
        String session = signedInSession(email);
        long account = accountId(email);
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, account);
        jdbc.update("update account set password_hash = ? where id = ?", hash + "x", account);
        endedAtTheNextRequest(openIn(session, "/my-data"));
        // Putting the old hash back does not revive the ended session.
        jdbc.update("update account set password_hash = ? where id = ?", hash, account);
        endedAtTheNextRequest(openIn(session, "/my-data"));
    }
}
