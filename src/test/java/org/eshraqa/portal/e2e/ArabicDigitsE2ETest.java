package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;

/**
 * Digits typed on an Arabic keyboard into number and date fields (outside the two application
 * forms, which normalise their own) arrive as the number or date meant, never silently dropped:
 * every kind of such field the portal uses, typed as a person types, in real Chromium.
 */
class ArabicDigitsE2ETest extends PortalTestBase {

    @Test
    void arabicIndicAndEasternArabicIndicDigitsReachNumberAndDateFields() {
        String coordinator = newAccount("منسق فحص الأرقام", Role.VOLUNTEER_COORDINATOR);
        String admin = newAccount("مدير فحص الأرقام", Role.ADMIN);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(390, 844);
            signIn(page, coordinator, DEMO_PASSWORD);
            page.navigate(infra().portalUrl() + "/staff/opportunities/new");
            page.waitForSelector("#opportunity-seats");
            Browser.settle(page);
            for (var typed : List.of(List.of("١٢", "12"), List.of("۳۴", "34"))) {
                page.fill("#opportunity-seats input", "");
                page.locator("#opportunity-seats input").pressSequentially(typed.get(0));
                assertThat(page.inputValue("#opportunity-seats input")).as(typed.get(0)).isEqualTo(typed.get(1));
            }
            page.context().close();

            page = browser.newPage(1280, 900);
            signIn(page, admin, DEMO_PASSWORD);
            page.navigate(infra().portalUrl() + "/admin/access-log");
            page.waitForSelector("#access-from");
            Browser.settle(page);
            page.locator("#access-from input").pressSequentially("١٤/١١/٢٠٢٦");
            page.press("#access-from input", "Enter");
            Browser.settle(page);
            assertThat(page.inputValue("#access-from input")).isEqualTo("14/11/2026");
            assertThat(page.evaluate("() => document.querySelector('#access-from').value")).isEqualTo("2026-11-14");
        }
    }
}
