package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;

/**
 * The public information pages and their editor in Chromium, in Arabic and English, on a desktop
 * and on a phone: nothing wider than the screen, no serious accessibility problem, a staff-only
 * guide refused to a visitor, and no script in the editor's preview.
 */
class ContentPagesE2ETest extends PortalTestBase {

    private final List<String> accessibilityProblems = new ArrayList<>();

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as(name)
                .isLessThanOrEqualTo(page.viewportSize().width);
    }

    private void open(Page page, String path, String selector) {
        page.navigate(infra().portalUrl() + "/" + path);
        page.waitForSelector(selector);
    }

    private void visitorReads(Page page, String lang, String size) {
        String suffix = lang + "-" + size;
        open(page, "faq", "#faq-view");
        look(page, "60-faq-" + suffix);
        page.fill("#faq-search", lang.equals("ar") ? "اخري" : "fee");
        page.press("#faq-search", "Enter");
        page.waitForSelector("#faq-search-status:has-text('" + (lang.equals("ar") ? "عدد النتائج" : "Results") + "')");
        look(page, "61-faq-search-" + suffix);

        open(page, "guides", "#guides-view");
        look(page, "62-guides-" + suffix);
        open(page, "guides/support-policy", "#guide-body");
        look(page, "63-guide-" + suffix);
        open(page, "guides/bylaws", "#content-unavailable");
        assertThat(page.locator("#guide-body").count()).isZero();
        look(page, "64-guide-refused-" + suffix);

        open(page, "contact", "#contact-channels");
        assertThat(page.locator("#contact-channels > section").count()).isEqualTo(7);
        look(page, "65-contact-" + suffix);
        open(page, "about", "#about-body");
        look(page, "66-about-" + suffix);
    }

    private void signInAsAdmin(Page page) {
        signIn(page, ADMIN, DEMO_PASSWORD);
    }

    private void adminEdits(Page page, String lang, String size) {
        String suffix = lang + "-" + size;
        open(page, "admin/content?kind=GUIDE", "#content-list");
        page.waitForSelector("#content-edit-bylaws");
        look(page, "67-admin-content-" + suffix);
        page.click("#content-edit-support-policy");
        page.waitForSelector("#entry-preview-ar h2");
        look(page, "68-editor-" + suffix);

        page.fill("#entry-body-en textarea", "Safe **text**.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))");
        page.waitForFunction("() => document.querySelector('#entry-preview-en').innerHTML.includes('<strong>text')");
        String preview = (String) page.evaluate("() => document.querySelector('#entry-preview-en').innerHTML");
        assertThat(preview).doesNotContain("<script", "javascript:");
        page.fill("#entry-title-ar input", "");
        page.click("#entry-save");
        page.waitForSelector("#entry-error");
        look(page, "69-editor-errors-" + suffix);
    }

    @Test
    void visitorsReadAndTheAdministratorEditsInArabicAndEnglishOnADesktopAndAPhone() {
        try (Browser browser = new Browser()) {
            for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                String name = size[0] > 600 ? "desktop" : "phone";
                Page visitor = browser.newPage(size[0], size[1]);
                open(visitor, "faq", "#faq-view");
                visitorReads(visitor, "ar", name);
                Browser.switchLanguage(visitor, "ltr");
                visitorReads(visitor, "en", name);

                Page admin = browser.newPage(size[0], size[1]);
                signInAsAdmin(admin);
                adminEdits(admin, "ar", name);
                // The language is saved with the account: switch back even when a check fails.
                Browser.switchLanguage(admin, "ltr");
                try {
                    adminEdits(admin, "en", name);
                } finally {
                    Browser.switchLanguage(admin, "rtl");
                }
            }
        }
        assertThat(accessibilityProblems).isEmpty();
    }
}
