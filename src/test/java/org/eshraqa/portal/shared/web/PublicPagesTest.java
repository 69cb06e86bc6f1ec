package org.eshraqa.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.PortalTestBase;
import org.eshraqa.testsupport.PublicPageClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages served as plain HTML, as a browser without JavaScript uses them over real HTTP: the
 * survey answered once, with CSRF, and no HTTP session created for it or for the public
 * information; the FAQ search that ignores diacritics; staff-only guides refused; the sign-in page
 * with its messages, remember-me and OpenID Connect buttons; registration and verification; and
 * what search engines are given.
 */
class PublicPagesTest extends PortalTestBase {

    @Autowired JdbcTemplate jdbc;

    private String invitation(String language) {
        String token = ("p" + System.nanoTime() + "abcdefghijklmnopqrstuvwxyz0123456789").substring(0, 43);
        jdbc.update("insert into survey_invitation (token_hash, token_sealed, source_key, trigger_type, service_code,"
                + " channel, region, step, language, created_at, expires_at) values (sha2(?, 256), ?, ?,"
                + " 'REQUEST_CLOSED', 'AWARENESS', 'WEBSITE', 'RIYADH', 'REGISTERED', ?, utc_timestamp(),"
                + " date_add(utc_timestamp(), interval 30 day))", token, token, "page-test:" + token, language);
        return token;
    }

    private static boolean createsSession(PublicPageClient.Page page) {
        return page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aSurveyLinkIsAnsweredOnceWithoutJavaScriptAndWithoutASession() {
        String token = invitation("ar");
        PublicPageClient browser = new PublicPageClient();
        var form = browser.get("/survey/" + token);
        assertThat(form.status()).isEqualTo(200);
        assertThat(createsSession(form)).as("no HTTP session for a survey page").isFalse();
        Document page = Jsoup.parse(form.body());
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.select("input[type=radio][name=csat]")).hasSize(5);
        assertThat(page.select("input[type=radio][name=nps]")).hasSize(11);
        assertThat(page.select("input[type=radio][name=ces]")).hasSize(7);
        assertThat(page.select("script")).as("works without script").isEmpty();

        var missing = browser.post("/survey/" + token, Map.of("nps", "9", "comment", "الموظفة شرحت لي كل شيء"));
        assertThat(missing.status()).isEqualTo(422);
        Document again = Jsoup.parse(missing.body());
        assertThat(again.select("#survey-error").text()).contains("صحّح");
        assertThat(again.select("#survey-csat").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#survey-nps-9").hasAttr("checked")).as("what was chosen is kept").isTrue();
        assertThat(again.select("#survey-comment").text()).isEqualTo("الموظفة شرحت لي كل شيء");
        assertThat(browser.post("/survey/" + token, Map.of("csat", "9")).status()).as("out of range").isEqualTo(422);

        PublicPageClient forger = new PublicPageClient();
        assertThat(forger.post("/survey/" + token, Map.of("csat", "4")).status()).as("no CSRF token").isEqualTo(403);

        var sent = browser.post("/survey/" + token, Map.of("csat", "4", "rating.SPEED", "2", "nps", "9",
                "mayContact", "yes", "comment", "شكرًا"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(createsSession(sent)).isFalse();
        assertThat(browser.get(sent.header("Location").replaceFirst("^https?://[^/]+", "")).body())
                .contains("id=\"survey-thanks\"");
        var stored = jdbc.queryForMap("select r.csat, r.nps, r.may_contact from survey_response r join "
                + "survey_invitation i on i.id = r.invitation_id where i.source_key = ?", "page-test:" + token);
        assertThat(stored).containsEntry("csat", 4).containsEntry("nps", 9).containsEntry("may_contact", true);

        assertThat(browser.get("/survey/" + token).body()).contains("data-state=\"ANSWERED\"");
        assertThat(browser.post("/survey/" + token, Map.of("csat", "1")).body()).contains("data-state=\"ANSWERED\"");
        assertThat(jdbc.queryForObject("select count(*) from survey_response r join survey_invitation i on "
                + "i.id = r.invitation_id where i.source_key = ?", Integer.class, "page-test:" + token)).isOne();
        assertThat(browser.get("/survey/not-a-real-token").body()).contains("data-state=\"UNKNOWN\"");
        String expired = invitation("ar");
        jdbc.update("update survey_invitation set expires_at = date_sub(utc_timestamp(), interval 1 day) "
                + "where source_key = ?", "page-test:" + expired);
        assertThat(browser.get("/survey/" + expired).body()).contains("data-state=\"EXPIRED\"");
        assertThat(browser.post("/survey/" + expired, Map.of("csat", "5")).body()).contains("data-state=\"EXPIRED\"");
        assertThat(jdbc.queryForObject("select count(*) from survey_response r join survey_invitation i on "
                + "i.id = r.invitation_id where i.source_key = ?", Integer.class, "page-test:" + expired)).isZero();
        assertThat(browser.hasCookie("JSESSIONID")).isFalse();
    }

    @Test
    void theSurveySpeaksTheLanguageItWasSentInUnlessTheReaderChoseOne() {
        String token = invitation("en");
        Document english = Jsoup.parse(new PublicPageClient().get("/survey/" + token).body());
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(english.select("h1").text()).isEqualTo("Rate the service");
        assertThat(english.select("#survey-csat legend").text()).isEqualTo("How satisfied are you with the service overall?");
        Document arabic = Jsoup.parse(new PublicPageClient().get("/survey/" + token + "?lang=ar").body());
        assertThat(arabic.select("h1").text()).isEqualTo("قيّم الخدمة");
    }

    @Test
    void publicInformationIsFindableAndCreatesNoSession() {
        PublicPageClient browser = new PublicPageClient();
        for (String path : new String[] {"/", "/faq", "/guides", "/about", "/contact", "/privacy", "/you-said-we-did",
                "/certificates/verify", "/register"}) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(createsSession(page)).as("no session for " + path).isFalse();
            assertThat(page.header("Content-Security-Policy")).as(path).contains("script-src 'self';");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            Document html = Jsoup.parse(page.body());
            assertThat(html.title()).as(path).isNotBlank();
        }
        Document faq = Jsoup.parse(browser.get("/faq?lang=en").body());
        assertThat(faq.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(faq.select("link[rel=canonical]").attr("href")).endsWith("/faq?lang=en");
        assertThat(faq.select("link[hreflang=ar]").attr("href")).endsWith("/faq?lang=ar");
        assertThat(faq.select("meta[property=og:title]").attr("content")).isEqualTo("Frequently asked questions");
        assertThat(faq.select("meta[name=description]").attr("content")).isNotBlank();
        String entry = faq.select("#faq-list details a").first().attr("href");
        Document one = Jsoup.parse(browser.get(entry).body());
        assertThat(one.select("link[rel=canonical]").attr("href")).contains(entry);
        assertThat(browser.hasCookie("JSESSIONID")).isFalse();

        String sitemap = browser.get("/sitemap.xml").body();
        assertThat(sitemap).contains("/faq?lang=ar", "/faq?lang=en", entry.replaceFirst("\\?.*", ""), "hreflang=\"en\"")
                .doesNotContain("social-research", "/survey/", "/login", "/staff/");
        assertThat(browser.get("/robots.txt").body()).contains("Sitemap: ", "Disallow: /");
        assertThat(browser.get("/faq").header("X-Robots-Tag")).isNull();
        for (String path : new String[] {"/staff/requests", "/staff/dashboard", "/requests", "/login"}) {
            assertThat(browser.get(path).header("X-Robots-Tag")).as("signed-in app and staff pages: " + path)
                    .isEqualTo("noindex, nofollow");
        }
    }

    @Test
    void theFaqSearchIgnoresDiacriticsAndLetterFormsAndStaffGuidesStayHidden() {
        PublicPageClient browser = new PublicPageClient();
        Document found = Jsoup.parse(browser.get("/faq?q=" + enc("تُشارَك مَعلوماتي إخرى")).body());
        assertThat(found.select("#faq-search-status").text()).startsWith("عدد النتائج: ");
        assertThat(found.select("#faq-list details[open]")).isNotEmpty();
        Document plain = Jsoup.parse(browser.get("/faq?q=" + enc("اخري")).body());
        assertThat(plain.select("#faq-search-status").text()).startsWith("عدد النتائج: ");
        Document none = Jsoup.parse(browser.get("/faq?q=" + enc("زمردة")).body());
        assertThat(none.select("#faq-search-status").text()).contains("زمردة");

        var staff = browser.get("/guides/social-research");
        var never = browser.get("/guides/no-such-guide");
        assertThat(staff.status()).isEqualTo(404).isEqualTo(never.status());
        assertThat(Jsoup.parse(staff.body()).select("#content-unavailable").text())
                .isEqualTo(Jsoup.parse(never.body()).select("#content-unavailable").text());
        assertThat(browser.get("/guides").body()).doesNotContain("social-research");
        assertThat(browser.get("/guides?q=" + enc("لجنه البحث")).body()).doesNotContain("social-research");
    }

    @Test
    void theSignInPageKeepsItsMessagesRememberMeAndProviders() {
        PublicPageClient browser = new PublicPageClient();
        String raw = browser.get("/login").body();
        // What the release check (.ci/run) reads from the production jar's sign-in page with curl and sed.
        assertThat(raw).contains("<html lang=\"ar\" dir=\"rtl\">").containsPattern("name=\"_csrf\" content=\"[^\"]+\"");
        Document login = Jsoup.parse(raw);
        // The script that prefetches the app's first files after load (production bundle only) is served to visitors.
        var prefetch = browser.get("/scripts/prefetch-app.js");
        assertThat(prefetch.status()).isEqualTo(200);
        assertThat(prefetch.body()).contains("requestIdleCallback");
        assertThat(login.select("form#login-form").attr("method")).isEqualTo("post");
        assertThat(login.select("input[name=_csrf]")).hasSize(1);
        var remember = login.select("input[type=checkbox][name=remember-me]");
        assertThat(remember).hasSize(1);
        assertThat(remember.hasAttr("checked")).as("off by default").isFalse();
        assertThat(login.select("#login-remember-me-help").text()).contains("جهاز مشترك", "14");
        assertThat(login.select("a[href$=/oauth2/authorization/testid]")).hasSize(1);
        assertThat(Jsoup.parse(browser.get("/login?error=throttled&wait=7").body()).select("#login-error").text())
                .contains("7");
        assertThat(Jsoup.parse(browser.get("/login?error").body()).select("#login-error").text())
                .contains("غير صحيحة");

        var wrong = browser.post("/login", Map.of("username", "nobody@example.org", "password", "wrong-password"));
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(wrong.header("Location")).contains("/login?error");
    }

    @Test
    void signingInCreatesTheSessionAndStaffThenReadStaffGuidesThatSearchEnginesAreToldToSkip() {
        String email = newAccount("سارة محمد الحربي", Role.SOCIAL_RESEARCHER);
        PublicPageClient staff = new PublicPageClient();
        staff.get("/login");
        var signedIn = staff.post("/login", Map.of("username", email, "password", DEMO_PASSWORD));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
        assertThat(createsSession(signedIn)).as("signing in is what creates a session").isTrue();

        var guide = staff.get("/guides/social-research");
        assertThat(guide.status()).isEqualTo(200);
        assertThat(createsSession(guide)).as("the existing session is used, not replaced").isFalse();
        Document page = Jsoup.parse(guide.body());
        assertThat(page.select("h1").text()).isEqualTo("دليل خدمات البحث الاجتماعي");
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.select("link[rel=canonical]")).as("no canonical URL for a staff page").isEmpty();
        assertThat(page.select("meta[property^=og:]")).as("no link preview for a staff page").isEmpty();
        assertThat(staff.get("/guides").body()).contains("social-research");
        assertThat(staff.get("/sitemap.xml").body()).as("written as a visitor sees it").doesNotContain("social-research");

        var again = staff.get("/login");
        assertThat(again.status()).as("the sign-in page sends a signed-in person home").isEqualTo(302);
        assertThat(again.header("Location")).endsWith("/");

        // The role taken away by another node of a cluster (only the shared database knows): the
        // session ends at its next request, on a public page too, and the staff guide is refused.
        jdbc.update("delete from account_role where account_id = ? and role = 'SOCIAL_RESEARCHER'", accountId(email));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> staff.get("/guides/social-research").status() == 404);
        assertThat(Jsoup.parse(staff.get("/").body()).select("#sign-in-link")).as("signed out").hasSize(1);
    }

    @Test
    void aRememberedBrowserIsSignedInFromTheSignInPageWhileThePublicPagesStaySessionless() throws Exception {
        String email = newAccount("عبير سعود الشهري", Role.BENEFICIARY);
        PublicPageClient device = new PublicPageClient();
        device.get("/login");
        var signedIn = device.post("/login", Map.of("username", email, "password", DEMO_PASSWORD,
                "remember-me", "on"));
        String remembered = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("portal-remember-me=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow();

        // The next day: the session is gone, the cookie is not.
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var home = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(infra().portalUrl() + "/"))
                .header("Cookie", remembered).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().allValues("Set-Cookie")).as("the public chain does not read the cookie")
                .noneMatch(c -> c.startsWith("JSESSIONID"));
        var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(infra().portalUrl() + "/login"))
                .header("Cookie", remembered).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("signed in by the cookie, no form").isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void registrationAndVerificationWorkWithoutJavaScriptAndAnActivatedLinkSaysSoAgain() throws Exception {
        PublicPageClient browser = new PublicPageClient();
        Document form = Jsoup.parse(browser.get("/register").body());
        assertThat(form.select("h1").text()).isEqualTo("إنشاء حساب");
        var invalid = browser.post("/register", Map.of("fullName", "نو", "email", "not-an-email", "mobile", "123",
                "password", "short"));
        assertThat(invalid.status()).isEqualTo(422);
        Document errors = Jsoup.parse(invalid.body());
        assertThat(errors.select("#fullName").attr("aria-invalid")).isEqualTo("true");
        assertThat(errors.select("#email-error").text()).isNotBlank();
        assertThat(errors.select("#consent-error").text()).isNotBlank();
        assertThat(errors.select("#email").attr("value")).isEqualTo("not-an-email");

        String email = uniqueEmail("public.register");
        var done = browser.post("/register", Map.of("fullName", "هند سالم العتيبي", "email", email,
                "mobile", "0512345678", "password", "Long-enough-password-1", "consent", "yes"));
        assertThat(Jsoup.parse(done.body()).select("#registration-done").text()).contains(email);
        assertThat(createsSession(done)).isFalse();
        String link = awaitVerificationLink(email).replaceFirst("^https?://[^/]+", "");
        Document verified = Jsoup.parse(browser.get(link).body());
        assertThat(verified.select("#verify-result").attr("data-result")).isEqualTo("VERIFIED");
        Document again = Jsoup.parse(browser.get(link).body());
        assertThat(again.select("#verify-result").attr("data-result")).as("the same browser").isEqualTo("VERIFIED");
        Document elsewhere = Jsoup.parse(new PublicPageClient().get(link).body());
        assertThat(elsewhere.select("#verify-result").attr("data-result")).isEqualTo("ALREADY_USED");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
