package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real Chromium: a beneficiary's need, message and the officer's own note all carry script,
 * an image with {@code onerror} and an SVG with {@code onload}; the officer opens the case and no
 * script runs, no dialog opens, no such element exists in the page, and the text reads as typed.
 */
class HostileMarkupE2ETest extends PortalTestBase {

    @Autowired SupportRequests requests;

    @Test
    void aStaffPageShowingHostileTextRunsNoScript() {
        String markup = HostileInputTest.MARKUP;
        signInAs(newAccount("منى سعيد الحربي", Role.BENEFICIARY));
        long id = Samples.submittedRequest(requests, "AWARENESS", "منى سعيد الحربي", markup);
        requests.postMessage(id, markup);
        signInAs(OFFICER);
        requests.addInternalNote(id, markup);

        try (Browser browser = new Browser()) {
            Page officer = browser.newPage(1280, 900);
            List<String> dialogs = new ArrayList<>();
            officer.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            signIn(officer, OFFICER, DEMO_PASSWORD);
            officer.navigate(infra().portalUrl() + "/staff/requests/" + id);
            officer.waitForSelector("#need-text");
            Browser.settle(officer);
            officer.waitForSelector("vaadin-message:has-text('onerror')");

            assertThat(officer.textContent("#need-text")).isEqualTo(markup);
            assertThat(officer.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            assertThat(dialogs).isEmpty();
            // Searched through every shadow root too: the web components render the text, not markup.
            Object hostile = officer.evaluate("""
                    () => {
                      const found = [];
                      const visit = root => root.querySelectorAll('*').forEach(e => {
                        if (e.matches('script:not([src]), img[src="x"], svg[onload], [onerror], [onload]')
                            && (e.textContent.includes('pwned') || (e.getAttribute('onerror') || '')
                                .includes('pwned') || (e.getAttribute('onload') || '').includes('pwned')
                                || e.getAttribute('src') === 'x')) {
                          found.push(e.tagName);
                        }
                        if (e.shadowRoot) visit(e.shadowRoot);
                      });
                      visit(document);
                      return found.length;
                    }""");
            assertThat(hostile).isEqualTo(0);
            assertThat((String) officer.evaluate("() => document.body.innerText")).contains("window.pwned=1");
            Browser.screenshot(officer, "90-hostile-text-staff-case-ar-desktop");
        }
    }
}
