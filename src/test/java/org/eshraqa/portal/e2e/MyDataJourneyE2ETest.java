package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eshraqa.portal.identity.OptionalUse;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A beneficiary's data rights in real Chromium, as they use them: agree to the current privacy
 * notice, stop text messages, download their data, and erase their account, after which the
 * old password opens nothing. Arabic on a desktop, English on a phone; axe-core on every page.
 */
class MyDataJourneyE2ETest extends PortalTestBase {

    @Autowired PersonalDataRights rights;
    @Autowired SupportRequests requests;
    @Autowired JdbcTemplate jdbc;

    private final List<String> accessibilityProblems = new ArrayList<>();

    @Test
    void aPersonAgreesStopsTextMessagesDownloadsTheirDataAndErasesTheirAccount() throws Exception {
        String name = "لمى سعد العمري";
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long draft = requests.startDraft("AWARENESS");
        SecurityContextHolder.clearContext();
        long accountId = accountId(email);

        try (Browser browser = new Browser()) {
            Page page = browser.newPage(1280, 900);
            signIn(page, email, DEMO_PASSWORD);
            // From the home page (plain HTML) into the app.
            page.navigate(infra().portalUrl() + "/my-data");
            page.waitForSelector("#my-data-view");
            assertThat(page.textContent("#consent-agreed")).contains("لا توجد موافقة مسجلة");
            Browser.look(page, "86-my-data-ar-desktop", accessibilityProblems);

            Browser.click(page, "#agree-current");
            page.waitForSelector("#consent-agreed:has-text('2026-12')");
            assertThat(page.isVisible("#agree-current")).isFalse();

            Browser.click(page, "#optional-sms-updates input");
            page.waitForSelector("vaadin-notification-card:has-text('أُوقف هذا الاستخدام')");
            assertThat(rights.allows(accountId, OptionalUse.SMS_UPDATES)).isFalse();
            assertThat(rights.allows(accountId, OptionalUse.SURVEY_INVITATIONS)).isTrue();

            Download download = page.waitForDownload(() -> page.click("#download-my-data"));
            assertThat(download.suggestedFilename()).startsWith("eshraqa-my-data-").endsWith(".zip");
            Map<String, String> entries = unzip(Files.readAllBytes(download.path()));
            assertThat(entries.get("account/account.json")).contains(email).contains(name)
                    .contains("\"SMS_UPDATES\" : false");
            assertThat(entries.get("requests/requests.json")).contains("AWARENESS");

            Page phone = browser.newPage(390, 844);
            signIn(phone, email, DEMO_PASSWORD);
            phone.navigate(infra().portalUrl() + "/my-data");
            phone.waitForSelector("#my-data-view");
            Browser.switchLanguage(phone, "ltr");
            phone.waitForSelector("#my-data-view");
            assertThat(phone.textContent("h1")).isEqualTo("My data and privacy");
            assertThat(phone.isChecked("#optional-sms-updates input")).isFalse();
            Browser.look(phone, "87-my-data-en-phone", accessibilityProblems);
            assertThat(fitsTheScreen(phone)).isTrue();

            // Erasing asks first; cancelling keeps everything.
            Browser.click(phone, "#erase-account");
            phone.waitForFunction("() => document.activeElement && document.activeElement.id.startsWith('erase-confirm-')");
            assertThat(phone.evaluate("() => document.activeElement && document.activeElement.id"))
                    .as("the first focus is on the safe choice").isEqualTo("erase-confirm-cancel");
            Browser.click(phone, "#erase-confirm-cancel");
            assertThat(jdbc.queryForObject("select status from account where id = ?", String.class, accountId))
                    .isEqualTo("ACTIVE");
            Browser.click(phone, "#erase-account");
            Browser.look(phone, "88-erase-confirm-en-phone", accessibilityProblems);
            Browser.click(phone, "#erase-confirm-ok");
            phone.waitForURL(url -> url.contains("login?erased"));
            phone.waitForSelector("#login-erased");
            Browser.look(phone, "89-erased-en-phone", accessibilityProblems);
            assertThat(jdbc.queryForObject("select status from account where id = ?", String.class, accountId))
                    .isEqualTo("ERASED");
            assertThat(jdbc.queryForObject("select applicant_name is null and anonymised_at is not null "
                    + "from support_request where id = ?", Boolean.class, draft)).isTrue();

            // The other tab's session ended with the account, and the old password opens nothing.
            page.reload();
            page.navigate(infra().portalUrl() + "/my-data");
            page.waitForSelector("#login-form");
            page.fill("#username", email);
            page.fill("#password", DEMO_PASSWORD);
            page.press("#password", "Enter");
            page.waitForSelector("#login-error");
        }
        assertThat(accessibilityProblems).isEmpty();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
