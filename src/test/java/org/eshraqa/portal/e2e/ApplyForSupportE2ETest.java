package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;

/**
 * A beneficiary applies from home in Chromium, in Arabic, on a desktop and on a phone: the
 * catalogue, the request with its signed declaration, the receipt and the request's page.
 */
class ApplyForSupportE2ETest extends PortalTestBase {

    private final List<String> accessibilityProblems = new ArrayList<>();

    private void look(Page page, String name) {
        Browser.settle(page);
        Browser.screenshot(page, name);
        Browser.seriousAccessibilityProblems(page).forEach(p -> accessibilityProblems.add(name + ": " + p));
    }

    private void apply(Page page, String suffix) {
        page.navigate(infra().portalUrl() + "/login");
        page.waitForSelector("vaadin-login-form");
        page.fill("input[name='username']", BENEFICIARY);
        page.fill("input[name='password']", DEMO_PASSWORD);
        page.press("input[name='password']", "Enter");
        page.waitForSelector("#home-greeting");

        page.navigate(infra().portalUrl() + "/services");
        page.waitForSelector("#services-view");
        look(page, "20-services-ar-" + suffix);
        page.click("#apply-AWARENESS");
        page.waitForSelector("#request-form-view");
        page.fill("#need textarea", "أرغب في المشاركة في برامج التوعية بالصحة النفسية لأسرتي");
        look(page, "21-request-form-ar-" + suffix);
        page.click("#declaration-correct input");
        page.click("#declaration-responsible input");
        page.fill("#signature input", "نورة عبدالله القحطاني");
        page.click("#request-submit");
        page.waitForSelector("#receipt");
        look(page, "22-receipt-ar-" + suffix);
        assertThat(page.textContent("#receipt")).contains("رقم الطلب: ESH-").contains("لجنة البحث");

        page.click("#receipt-follow");
        page.waitForSelector("#request-detail-view");
        look(page, "23-request-detail-ar-" + suffix);
        assertThat(page.textContent("#request-state")).isEqualTo("مُقدَّم، بانتظار التحقق");
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(page.viewportSize().width);

        page.navigate(infra().portalUrl() + "/requests");
        page.waitForSelector("#my-requests-view");
        look(page, "24-my-requests-ar-" + suffix);
    }

    @Test
    void aBeneficiaryAppliesOnADesktopAndOnAPhone() {
        try (Browser browser = new Browser()) {
            apply(browser.newPage(1280, 900), "desktop");
            apply(browser.newPage(390, 844), "phone");
        }
        assertThat(accessibilityProblems).isEmpty();
    }
}
