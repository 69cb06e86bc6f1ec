package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.surveys.SurveyAnswers;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A rating from the closing of a request to the dashboard, in real Chromium and in Arabic: a
 * beneficiary withdraws a request; the invitation arrives by mail; the link opens the survey
 * without signing in, on a phone; the answer does not move the quality manager's figures while
 * its week runs (P-7.3); the link then
 * says it was used. The dashboard is looked at right to left and left to right.
 */
class SatisfactionJourneyE2ETest extends PortalTestBase {

    static final String QUALITY = "quality@demo.eshraqa.org.sa";
    static final String SERVICE = "E2E_SATISFACTION";
    private static final Pattern LINK = Pattern.compile("(http://[^\"<\\s]+/survey/[A-Za-z0-9_-]{43})");

    @Autowired SupportRequests requests;
    @Autowired Surveys surveys;
    @Autowired JdbcTemplate jdbc;

    private final List<String> accessibilityProblems = new ArrayList<>();

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
    }

    private String awaitLink(String email) throws Exception {
        return Eventually.waiting().atMost(Duration.ofSeconds(30)).alias("a survey invitation to " + email)
                .until(() -> firstMatch(email, LINK), Optional::isPresent).orElseThrow();
    }

    /** A service of this test's own, so that its figures are this test's alone. */
    private void service() {
        jdbc.update("insert ignore into support_service (code, name_ar, name_en, description_ar, description_en, "
                + "documents, active, sort_order) values (?, 'خدمة قياس الرضا', 'Satisfaction check service', "
                + "'خدمة للاختبار', 'A service for the test', 'NATIONAL_ID_COPY', true, 99)", SERVICE);
    }

    /** Someone who had the service before and rated it (through the same invitation and link). */
    private void earlierRating(String name, int csat) throws Exception {
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long id = Samples.submittedRequest(requests, SERVICE, name);
        requests.withdraw(id, jdbc.queryForObject("select version from support_request where id = ?", Long.class, id));
        SecurityContextHolder.clearContext();
        String token = awaitLink(email).replaceAll(".*/survey/", "");
        surveys.answer(token, surveys.open(token).template().id(), new SurveyAnswers(csat, Map.of("SPEED", csat), 2,
                8, null, false));
    }

    private void showThisMonth(Page page) {
        String month = DateTimeFormatter.ofPattern("MMMM y", Locale.forLanguageTag("ar"))
                .format(LocalDate.now(PortalDates.ZONE));
        Browser.pick(page, "dashboard-from", month);
        Browser.pick(page, "dashboard-to", month);
        Browser.pick(page, "dashboard-filter", "الخدمة");
        Browser.pick(page, "dashboard-filter-value", "خدمة قياس الرضا");
    }

    @Test
    void aClosedRequestBringsASurveyWhoseAnswerMovesTheDashboardAndTheLinkWorksOnce() throws Exception {
        service();
        for (int i = 0; i < 5; i++) {
            earlierRating("مستفيد سابق رقم " + "أبجده".charAt(i), 3);
        }
        String name = "رهف عبدالرحمن الزهراني";
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long requestId = Samples.submittedRequest(requests, SERVICE, name);
        SecurityContextHolder.clearContext();

        try (Browser browser = new Browser()) {
            // The five earlier ratings are this week's: no figure until the week has ended, so that
            // the dashboard never moves with one answer.
            Page quality = browser.newPage(1280, 900);
            signIn(quality, QUALITY, DEMO_PASSWORD);
            quality.navigate(infra().portalUrl() + "/staff/dashboard");
            quality.waitForSelector("#dashboard-view");
            showThisMonth(quality);
            quality.waitForSelector("#dashboard-hidden");
            assertThat(quality.locator("#figure-responses").count()).isZero();

            // The beneficiary withdraws the request: it is closed.
            Page person = browser.newPage(1280, 900);
            signIn(person, email, DEMO_PASSWORD);
            person.navigate(infra().portalUrl() + "/requests/" + requestId);
            Browser.click(person, "#withdraw");
            Browser.click(person, "#withdraw-confirm-ok");
            person.waitForSelector("#request-state:has-text('مسحوب')");

            // The invitation's link opens the survey on a phone, without signing in.
            String link = awaitLink(email);
            Page phone = browser.newPage(390, 844);
            phone.navigate(link);
            phone.waitForSelector("#survey-view #survey-csat");
            look(phone, "80-survey-ar-phone");
            assertThat(fitsTheScreen(phone)).isTrue();
            // Each rating scale is one row, 0–10 included, even on a narrow phone.
            for (String scale : new String[] {"#survey-csat", "#survey-ces", "#survey-nps"}) {
                assertThat(phone.evaluate("s => new Set([...document.querySelectorAll(s + ' label')]"
                        + ".map(l => l.getBoundingClientRect().top)).size", scale)).as(scale).isEqualTo(1);
            }
            Browser.click(phone, "#survey-send");
            phone.waitForSelector("#survey-error");
            look(phone, "80-survey-error-ar-phone");
            phone.check("#survey-csat-5");
            phone.check("#survey-rating-SPEED-4");
            phone.check("#survey-nps-10");
            phone.fill("#survey-comment", "الخدمة ممتازة، ويمكنكم مراسلتي على " + email);
            Browser.click(phone, "#survey-send");
            phone.waitForSelector("#survey-thanks");
            look(phone, "81-survey-thanks-ar-phone");

            // The link is single-use.
            phone.navigate(link);
            phone.waitForSelector("#survey-closed[data-state='ANSWERED']");

            // One more answer does not move anything: still no figure for the running week.
            quality.reload();
            quality.waitForSelector("#dashboard-view");
            showThisMonth(quality);
            quality.waitForSelector("#dashboard-hidden");
            assertThat(quality.locator("#figure-responses").count()).isZero();
            look(quality, "82-dashboard-ar-desktop");
            quality.navigate(infra().portalUrl() + "/staff/dashboard");
            quality.waitForSelector("#dashboard-view");
            // Seven months back only the demo's raters are there: other tests' groups of a few would
            // hide a whole breakdown (its total minus its shown rows would tell them).
            String then = DateTimeFormatter.ofPattern("MMMM y", Locale.forLanguageTag("ar"))
                    .format(LocalDate.now(PortalDates.ZONE).minusMonths(7));
            Browser.pick(quality, "dashboard-from", then);
            Browser.pick(quality, "dashboard-to", then);
            // The charts come drawn from the server: lines, points and bars are in the page as it arrives.
            // One month is one point per line: the path is there but has no length to be "visible".
            quality.waitForSelector("#trend-chart .portal-line-plot svg path.portal-line",
                    new com.microsoft.playwright.Page.WaitForSelectorOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            look(quality, "83-dashboard-all-ar-desktop");
            assertThat(quality.locator("#trend-chart .portal-dot").count()).as("the points are drawn").isPositive();
            // A bar is its track's ::before, as long as its percentage of the track.
            String bar = """
                    track => [parseFloat(getComputedStyle(track, '::before').width) / track.getBoundingClientRect().width,
                      track.nextElementSibling.textContent]""";
            List<?> drawn = (List<?>) quality.evalOnSelector("#breakdown-region-chart .portal-bar-track", bar);
            assertThat(((Number) drawn.get(0)).doubleValue()).as("the bar's length is its value")
                    .isCloseTo(Double.parseDouble(((String) drawn.get(1)).replace("%", "")) / 100, within(0.01));
            Browser.switchLanguage(quality, "ltr");
            quality.waitForSelector("#trend-chart");
            assertThat(quality.textContent("h1")).isEqualTo("Beneficiary satisfaction dashboard");
            look(quality, "84-dashboard-all-en-desktop");
            Browser.switchLanguage(quality, "rtl");

            Page summary = browser.newPage(390, 844);
            signIn(summary, OFFICER, DEMO_PASSWORD);
            summary.navigate(infra().portalUrl() + "/staff/summary");
            summary.waitForSelector("#staff-summary-view");
            look(summary, "85-staff-summary-ar-phone");
        }
        // What the person wrote reaches staff without their address.
        String stored = jdbc.queryForObject("select count(*) from survey_response where service_code = ? "
                + "and may_contact = false", String.class, SERVICE);
        assertThat(stored).isEqualTo("6");
        assertThat(accessibilityProblems).isEmpty();
    }
}
