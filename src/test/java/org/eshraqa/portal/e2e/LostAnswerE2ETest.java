package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An answer lost on the way (a phone network dropping it after the server did the work): the
 * browser sends the same message again and the server answers with the copy it kept, which the
 * portal keeps with its Arabic text escaped ({@code CompactResendCopy}). The page must come out as
 * if nothing had happened.
 */
class LostAnswerE2ETest extends PortalTestBase {

    @Autowired SupportRequests requests;

    @Test
    void aLostNavigationAnswerIsResentAndTheArabicPageIsWhole() {
        String email = newAccount("جود سامي الحربي", Role.BENEFICIARY);
        signInAs(email);
        requests.startDraft("AWARENESS");
        SecurityContextHolder.clearContext();

        try (Browser browser = new Browser()) {
            Page page = browser.newPage(1280, 900);
            signIn(page, email, DEMO_PASSWORD);
            // From the home page (plain HTML) into the app, whose client then navigates.
            page.navigate(infra().portalUrl() + "/notifications");
            page.waitForSelector("#notifications-view");
            AtomicBoolean dropped = new AtomicBoolean();
            List<String> navigations = new CopyOnWriteArrayList<>();
            List<String> resent = new CopyOnWriteArrayList<>();
            page.route(url -> url.contains("v-r=uidl"), route -> {
                String body = route.request().postData();
                if (body != null && body.contains("ui-navigate") && body.contains("\"requests\"")) {
                    navigations.add(body.replaceAll(".*\"clientId\":(\\d+).*", "$1"));
                    if (dropped.compareAndSet(false, true)) {
                        route.fetch(); // the server does the work; the answer never arrives
                        route.abort("internetdisconnected");
                        return;
                    }
                    var answer = route.fetch();
                    resent.add(answer.text());
                    route.fulfill(new Route.FulfillOptions().setResponse(answer));
                    return;
                }
                route.resume();
            });

            page.click("#main-nav vaadin-side-nav-item[path='requests']");
            page.waitForSelector("#my-requests-view", new Page.WaitForSelectorOptions().setTimeout(60_000));

            assertThat(navigations).as("the same message, sent twice").hasSize(2);
            assertThat(navigations.get(1)).isEqualTo(navigations.get(0));
            assertThat(resent.get(0)).as("the kept copy, escaped").contains("\\u").doesNotContain("طلباتي");
            assertThat(page.textContent("#my-requests-view h1")).isEqualTo("طلباتي");
            assertThat(page.textContent("#my-requests-view")).contains("برنامج توعوي");
            Browser.settle(page);
            assertThat(page.isVisible(".v-system-error")).isFalse();
        }
    }
}
