package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every server-rendered page in Chromium, in Arabic and English, at 390 and 1280 px (the pages
 * carry no script at all): it shows its content, nothing is wider than the screen, the rating
 * scales stay one row each, and axe finds no serious problem. The screenshots are in
 * target/screenshots (90-…).
 */
class PublicPagesE2ETest extends PortalTestBase {

    @Autowired JdbcTemplate jdbc;

    private final List<String> problems = new ArrayList<>();

    private String invitation() {
        String token = ("s" + System.nanoTime() + "abcdefghijklmnopqrstuvwxyz0123456789").substring(0, 43);
        jdbc.update("insert into survey_invitation (token_hash, token_sealed, source_key, trigger_type, service_code,"
                + " channel, region, step, language, created_at, expires_at) values (sha2(?, 256), ?, ?,"
                + " 'REQUEST_CLOSED', 'AWARENESS', 'WEBSITE', 'RIYADH', 'REGISTERED', 'ar', utc_timestamp(),"
                + " date_add(utc_timestamp(), interval 30 day))", token, token, "e2e-page:" + token);
        return token;
    }

    @Test
    void everyPublicPageReadsWellWithoutScriptInBothLanguagesOnAPhoneAndADesktop() {
        String survey = "/survey/" + invitation();
        String[][] pages = {
                {"home", "/", "#home"}, {"faq", "/faq", "#faq-view"}, {"faq-entry", "/faq/data-sharing", "#faq-answer"},
                {"guides", "/guides", "#guides-view"}, {"guide", "/guides/support-policy", "#guide-body"},
                {"about", "/about", "#about-body"}, {"contact", "/contact", "#contact-channels"},
                {"privacy", "/privacy", "#privacy-view"}, {"you-said", "/you-said-we-did", "#you-said-we-did"},
                {"certificate", "/certificates/verify/ABCDE-FGHJK", "#certificate-invalid"},
                {"login", "/login", "#login-form"}, {"register", "/register", "#registration-view"},
                {"verify", "/verify", "#verify-view"}, {"survey", survey, "#survey-csat"}};
        try (Browser browser = new Browser()) {
            for (int width : new int[] {390, 1280}) {
                Page page = browser.newPage(width, width > 600 ? 900 : 844);
                for (String lang : new String[] {"ar", "en"}) {
                    for (String[] p : pages) {
                        String name = "90-" + p[0] + "-" + lang + "-" + width;
                        page.navigate(infra().portalUrl() + p[1] + (p[1].contains("?") ? "&" : "?") + "lang=" + lang);
                        page.waitForSelector(p[2]);
                        assertThat(page.getAttribute("html", "dir")).as(name).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
                        Browser.look(page, name, problems);
                        assertThat(fitsTheScreen(page)).as(name + " fits the screen").isTrue();
                    }
                    // Each rating scale is one row, 0–10 included.
                    page.navigate(infra().portalUrl() + survey + "?lang=" + lang);
                    for (String scale : new String[] {"#survey-csat", "#survey-ces", "#survey-nps"}) {
                        assertThat(page.evaluate("s => new Set([...document.querySelectorAll(s + ' label')]"
                                + ".map(l => Math.round(l.getBoundingClientRect().top))).size", scale))
                                .as(scale + " at " + width).isEqualTo(1);
                    }
                    // A choice and the error of a missing answer, drawn.
                    page.check("#survey-nps-7");
                    page.click("#survey-send");
                    page.waitForSelector("#survey-error");
                    Browser.look(page, "90-survey-error-" + lang + "-" + width, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
