package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The node that held a person's page is lost (a cluster node killed; HAProxy sends the browser to
 * another node, which has never seen its session). Taken here as the browser's session cookie
 * pointing nowhere, which is exactly what the other node sees. A person who ticked "stay signed in"
 * goes on where they were, without a password and with a word about the reload; anyone else gets
 * the sign-in page. Neither sees Vaadin's "session expired" box.
 */
class LostNodeE2ETest extends PortalTestBase {

    /** A notification's own element is never "visible"; its card is. */
    private static final Page.WaitForSelectorOptions ATTACHED =
            new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED);

    private static void signIn(Page page, String email, boolean remember) {
        page.navigate(infra().portalUrl() + "/login");
        page.waitForSelector("#login-form");
        page.fill("#username", email);
        page.fill("#password", DEMO_PASSWORD);
        if (remember) {
            page.check("#login-remember-me");
        }
        page.press("#password", "Enter");
        page.waitForSelector("#home-greeting");
    }

    /** From the home page (plain HTML) into the app: their requests. */
    private static void openRequests(Page page) {
        page.navigate(infra().portalUrl() + "/requests");
        page.waitForSelector("#my-requests-view");
    }

    @Autowired JdbcTemplate jdbc;

    private int remembered(String email) {
        return jdbc.queryForObject("select count(*) from remember_me_token where account_id = ?", Integer.class,
                accountId(email));
    }

    /** What the next node sees: the browser's session id, which it does not know. */
    private static void loseTheNode(BrowserContext context) {
        context.addCookies(List.of(new Cookie("JSESSIONID", "SESSION-OF-A-LOST-NODE").setUrl(infra().portalUrl())));
    }

    @Test
    void aPersonWhoStaysSignedInGoesOnWithoutAPasswordAndIsToldThePageWasReloaded() {
        String email = newAccount("لمى عبدالله الزهراني", Role.BENEFICIARY);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(1280, 900);
            signIn(page, email, true);
            openRequests(page);

            loseTheNode(page.context());
            page.click("#main-nav vaadin-side-nav-item[path='my-data']");

            page.waitForSelector("#session-restored", ATTACHED);
            assertThat(page.textContent("vaadin-notification-card")).contains("أُعيد تحميل الصفحة");
            assertThat(page.url()).as("no sign-in page on the way").doesNotContain("login");
            page.waitForSelector("#my-requests-view");   // the page it was on, reloaded
            assertThat(page.isVisible(".v-system-error")).isFalse();

            // Opening the portal in a new tab later (same browser, same cookie): signed in, no word
            // about a reload that did not happen.
            Page other = page.context().newPage();
            loseTheNode(page.context());
            other.navigate(infra().portalUrl() + "/my-data");
            other.waitForSelector("#my-data-view");
            Browser.settle(other);
            assertThat(other.querySelector("#session-restored")).isNull();

            // Signing out forgets the device.
            assertThat(remembered(email)).isOne();
            other.click("#sign-out");
            other.waitForSelector("#sign-in-link");
            assertThat(remembered(email)).isZero();
        }
    }

    @Test
    void withoutStayingSignedInThePersonMeetsTheSignInPageNotAnErrorBox() {
        String email = newAccount("تركي ناصر المطيري", Role.BENEFICIARY);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(1280, 900);
            signIn(page, email, false);
            openRequests(page);

            loseTheNode(page.context());
            page.click("#main-nav vaadin-side-nav-item[path='my-data']");

            page.waitForSelector("#login-form");
            assertThat(page.isVisible(".v-system-error")).isFalse();
            assertThat(page.querySelector("#session-restored")).isNull();
        }
    }

    @Test
    void aPasswordChangedInOneBrowserKeepsItSignedInAndEndsTheSessionOfAnother() {
        String email = newAccount("جواهر سالم القرني", Role.BENEFICIARY);
        try (Browser browser = new Browser(); Browser elsewhere = new Browser()) {
            Page other = elsewhere.newPage(1280, 900);
            signIn(other, email, false);
            Page page = browser.newPage(1280, 900);
            signIn(page, email, false);

            page.navigate(infra().portalUrl() + "/change-password");
            page.fill("#current-password input", DEMO_PASSWORD);
            page.fill("#new-password input", "Chosen-beneficiary-2026");
            page.fill("#repeat-password input", "Chosen-beneficiary-2026");
            page.click("#change-password-submit");
            page.waitForSelector("#change-password-done");

            page.click("#main-nav vaadin-side-nav-item[path='my-data']");
            page.waitForSelector("#my-data-view");
            other.navigate(infra().portalUrl() + "/my-data");
            other.waitForSelector("#login-form");
        }
    }
}
