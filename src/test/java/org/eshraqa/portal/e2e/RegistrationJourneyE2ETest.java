package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first visit, in real headless Chromium and in Arabic: register, follow the mail
 * link, sign in, see the right-to-left shell, switch to English, sign out. Every page is checked
 * with axe-core and photographed into target/screenshots.
 */
class RegistrationJourneyE2ETest extends PortalTestBase {

    private static Browser browser;
    private final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
    }

    @Test
    void aVisitorRegistersConfirmsTheMailSignsInSwitchesLanguageAndSignsOut() throws Exception {
        Page page = browser.newPage(1280, 900);
        String email = uniqueEmail("huda");
        String password = "my-Strong-pass-42";

        page.navigate(infra().portalUrl() + "/");
        look(page, "01-home-visitor-ar-desktop");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("ar");
        assertThat(page.textContent("h1")).isEqualTo("خدمات الجمعية من بيتك");

        page.click("#home-register");
        page.waitForSelector("#registration-view");
        look(page, "02-register-ar-desktop");
        assertThat(page.textContent("h1")).isEqualTo("إنشاء حساب");
        page.fill("#fullName", "هدى ناصر السبيعي");
        page.fill("#email", email);
        page.fill("#mobile", "٠٥٥٩٨٧٦٥٤٣");
        page.fill("#password", password);
        page.check("#consent");
        page.click("#register-submit");
        page.waitForSelector("#registration-done");
        look(page, "03-registered-ar-desktop");
        assertThat(page.textContent("#registration-done")).contains(email);

        page.navigate(awaitVerificationLink(email));
        page.waitForSelector("#verify-result");
        look(page, "04-verified-ar-desktop");
        assertThat(page.textContent("#verify-result")).contains("تم تفعيل حسابك");

        // Opened again in the same browser, the link says the account is active, not "already used".
        page.navigate(awaitVerificationLink(email));
        page.waitForSelector("#verify-result[data-result='VERIFIED']");

        page.click("#verify-sign-in");
        page.waitForSelector("#login-form");
        look(page, "05-login-ar-desktop");
        assertThat(page.isChecked("#login-remember-me")).as("remember-me is off by default").isFalse();
        page.fill("#username", email);
        page.fill("#password", password);
        page.press("#password", "Enter");
        page.waitForSelector("#home-greeting");
        look(page, "06-home-beneficiary-ar-desktop");
        assertThat(page.textContent("#home-greeting")).isEqualTo("مرحبًا، هدى ناصر السبيعي");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertThat(page.textContent("#main-nav")).contains("الرئيسية").doesNotContain("الحسابات والصلاحيات");
        // The cards are links, and a new account reaches volunteering from the first page.
        assertThat(page.getAttribute("#home-role-BENEFICIARY", "href")).endsWith("/requests");
        page.click("#home-volunteer");
        page.waitForURL(url -> url.endsWith("/volunteer"));
        Browser.settle(page);
        page.navigate(infra().portalUrl() + "/");
        page.waitForSelector("#home-greeting");

        Browser.switchLanguage(page, "ltr");
        page.waitForSelector("#home-greeting");
        look(page, "07-home-beneficiary-en-desktop");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("en");
        assertThat(page.textContent("#home-greeting")).isEqualTo("Welcome, هدى ناصر السبيعي");

        page.click("#sign-out");
        page.waitForSelector("#sign-in-link");
        look(page, "08-home-visitor-en-after-sign-out");
        assertThat(page.textContent("h1")).isEqualTo("The association's services, from home");

        // Signing in again brings back the language the person chose.
        signIn(page, email, password);
        assertThat(page.getAttribute("html", "dir")).isEqualTo("ltr");

        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    void aWrongPasswordGetsOneGenericMessage() {
        Page page = browser.newPage(1280, 900);
        page.navigate(infra().portalUrl() + "/login");
        page.waitForSelector("#login-form");
        page.fill("#username", BENEFICIARY);
        page.fill("#password", "not-the-password-1");
        page.press("#password", "Enter");
        page.waitForURL(url -> url.contains("error"));
        page.waitForSelector("#login-error");
        look(page, "09-login-error-ar-desktop");
        assertThat(page.textContent("#login-error")).contains("البريد الإلكتروني أو كلمة المرور غير صحيحة");
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    void thePagesWorkOnAPhoneScreen() {
        Page page = browser.newPage(390, 844);
        page.navigate(infra().portalUrl() + "/");
        look(page, "10-home-visitor-ar-phone");
        assertThat(page.isVisible("#home-register")).isTrue();
        // Nothing may be wider than the screen.
        assertThat(fitsTheScreen(page)).isTrue();

        page.navigate(infra().portalUrl() + "/register");
        page.waitForSelector("#registration-view");
        look(page, "11-register-ar-phone");
        assertThat(fitsTheScreen(page)).isTrue();

        page.navigate(infra().portalUrl() + "/login");
        page.waitForSelector("#login-form");
        look(page, "12-login-ar-phone");
        assertThat(fitsTheScreen(page)).isTrue();
        assertThat(accessibilityProblems).isEmpty();
    }
}
