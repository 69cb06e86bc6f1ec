package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;

/**
 * The beneficiary's pages in Chromium, in Arabic, on a desktop and on a phone: the catalogue, the
 * request form (saved as it is filled, errors named on submit) and "My requests". The whole
 * journey to a decision is {@link SupportRequestJourneyE2ETest}.
 */
class ApplyForSupportE2ETest extends PortalTestBase {

    private final List<String> accessibilityProblems = new ArrayList<>();

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
    }

    private void apply(Page page, String suffix) {
        signIn(page, BENEFICIARY, DEMO_PASSWORD);

        page.navigate(infra().portalUrl() + "/services");
        page.waitForSelector("#services-view");
        look(page, "20-services-ar-" + suffix);
        page.click("#apply-AWARENESS");
        page.waitForSelector("#request-form-view");
        page.fill("#need textarea", "أرغب في المشاركة في برامج التوعية بالصحة النفسية لأسرتي (" + suffix + ")");
        page.press("#need textarea", "Tab");
        look(page, "21-request-form-ar-" + suffix);
        assertThat(page.textContent("#draft-saved")).startsWith("حُفظت المسودة");
        // Submitting an incomplete form names what is missing and keeps what was typed.
        page.click("#declaration-correct input");
        page.click("#declaration-responsible input");
        page.fill("#signature input", "نورة عبدالله القحطاني");
        page.click("#request-submit");
        page.waitForSelector("#request-form-error:has-text('يرجى تصحيح')");
        look(page, "22-request-form-errors-ar-" + suffix);
        assertThat(page.inputValue("#need textarea")).contains("برامج التوعية");
        assertThat(fitsTheScreen(page)).isTrue();

        page.navigate(infra().portalUrl() + "/requests");
        page.waitForSelector("#my-requests-view");
        look(page, "24-my-requests-ar-" + suffix);
    }

    /** The same form in English, left to right; the language is switched back for the next pass. */
    private void inEnglish(Page page) {
        Browser.switchLanguage(page, "ltr");
        page.navigate(infra().portalUrl() + "/requests/new/AWARENESS");
        page.waitForSelector("#request-form-view");
        look(page, "25-request-form-en-desktop");
        assertThat(page.textContent("#section-identity")).contains("Full name as on the ID");
        page.navigate(infra().portalUrl() + "/requests");
        page.waitForSelector("#my-requests-view");
        look(page, "26-my-requests-en-desktop");
        Browser.switchLanguage(page, "rtl");
    }

    @Test
    void aBeneficiaryAppliesOnADesktopAndOnAPhone() {
        try (Browser browser = new Browser()) {
            Page desktop = browser.newPage(1280, 900);
            apply(desktop, "desktop");
            inEnglish(desktop);
            apply(browser.newPage(390, 844), "phone");
        }
        assertThat(accessibilityProblems).isEmpty();
    }
}
