package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route, as each role, in Arabic and English, on a 1280 px desk and a 360 px phone: nothing
 * is cut off (no element wider than the screen or its container, no clipped text, no grid that
 * hides columns off to the side: {@code e2e/layout-check.js}) and axe finds no serious or critical
 * problem. One page load per route and language: the page is checked at 1280 px, narrowed to
 * 360 px and checked again, then given to axe, so the walk stays short.
 */
class EveryRouteE2ETest extends PortalTestBase {

    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;

    /**
     * Problems known and left, each with its reason; everything else fails. The privacy notice is
     * one long text without a link, so Vaadin's scrolling content area has nothing to focus (axe:
     * scrollable-region-focusable); it is being rebuilt as a server-rendered page.
     */
    private static final List<String> KNOWN = List.of(
            "/privacy axe: scrollable-region-focusable");

    private static String layoutCheck() throws IOException {
        try (InputStream in = EveryRouteE2ETest.class.getResourceAsStream("/e2e/layout-check.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRouteReadsWholeAndPassesAxeAsEachRoleInBothLanguagesOnADeskAndAPhone() throws Exception {
        // Accounts of this test's own, so switching their language changes no one else's.
        Map<Role, String> accounts = new LinkedHashMap<>();
        for (Role role : List.of(Role.BENEFICIARY, Role.VOLUNTEER, Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER,
                Role.COMMITTEE_MEMBER, Role.VOLUNTEER_COORDINATOR, Role.QUALITY_MANAGER, Role.ADMIN)) {
            accounts.put(role, newAccount("حساب " + role.name().toLowerCase().replace('_', ' ') + " للفحص", role));
        }
        signInAs(accounts.get(Role.BENEFICIARY));
        String name = "ليلى سعد العتيبي";
        long requestId = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", name);
        requests.postMessage(requestId, "هل يمكن أن تكون الجلسة مساءً؟ رقمي 0551234567");
        long inquiryId = inquiries.ask(new NewQuestion("موعد الجلسة", "متى تبدأ الجلسات؟", null));

        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put(null, List.of("", "about", "services", "faq", "guides", "contact", "privacy", "login", "register",
                "volunteer", "certificates/verify", "you-said-we-did"));
        routes.put(accounts.get(Role.BENEFICIARY), List.of("", "requests", "requests/" + requestId, "inquiries",
                "inquiries/new", "inquiries/" + inquiryId, "my-file/access", "my-data", "notifications", "surveys",
                "change-password", "volunteer/apply"));
        routes.put(accounts.get(Role.VOLUNTEER), List.of("volunteer", "volunteer/hours", "volunteer/opportunities"));
        routes.put(accounts.get(Role.RELATIONS_OFFICER), List.of("staff/requests", "staff/requests/" + requestId,
                "staff/requests/record", "staff/inquiries", "staff/inquiries/" + inquiryId, "staff/contacts",
                "staff/contacts/new", "staff/summary"));
        // The researcher and the committee see the officer's pages with other actions: their own queue.
        routes.put(accounts.get(Role.SOCIAL_RESEARCHER), List.of("staff/requests/" + requestId));
        routes.put(accounts.get(Role.COMMITTEE_MEMBER), List.of("staff/requests"));
        routes.put(accounts.get(Role.VOLUNTEER_COORDINATOR), List.of("staff/volunteers", "staff/opportunities",
                "staff/opportunities/new"));
        routes.put(accounts.get(Role.QUALITY_MANAGER), List.of("staff/dashboard", "staff/surveys",
                "staff/contact-requests", "staff/improvements"));
        routes.put(accounts.get(Role.ADMIN), List.of("admin/users", "admin/mail", "admin/access-log",
                "admin/answers", "admin/erasures", "admin/content"));

        String check = layoutCheck();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            for (var entry : routes.entrySet()) {
                for (String language : List.of("ar", "en")) {
                    Page page = browser.newPage(1280, 900);
                    BrowserContext context = page.context();
                    context.addCookies(List.of(new Cookie("portal-lang", language).setUrl(infra().portalUrl())));
                    if (entry.getKey() != null) {
                        signIn(page, entry.getKey(), DEMO_PASSWORD);
                        // An account's own language wins over the cookie: switch it as a person would.
                        if (!language.equals(page.evaluate("() => document.documentElement.lang"))) {
                            Browser.switchLanguage(page, "ar".equals(language) ? "rtl" : "ltr");
                        }
                    }
                    for (String route : entry.getValue()) {
                        page.setViewportSize(1280, 900);
                        page.navigate(infra().portalUrl() + "/" + route);
                        settle(page);
                        String where = (entry.getKey() == null ? "visitor" : entry.getKey().split("@")[0]) + " "
                                + language + " /" + route;
                        assertThat(page.evaluate("() => document.documentElement.lang")).as(where).isEqualTo(language);
                        layout(page, check, where + " 1280", problems);
                        page.setViewportSize(360, 780);
                        // A phone shows the menu closed; narrowing a desk's window may leave it open over the page.
                        page.evaluate("() => document.querySelectorAll('vaadin-app-layout')"
                                + ".forEach(l => l.drawerOpened = false)");
                        settle(page);
                        layout(page, check, where + " 360", problems);
                        Browser.seriousAccessibilityProblems(page).forEach(p -> report(problems, where + " axe: " + p));
                    }
                    context.close();
                }
            }
        }
        problems.removeIf(p -> KNOWN.stream().anyMatch(p::contains));
        assertThat(problems).as("cut off or inaccessible").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void layout(Page page, String check, String where, List<String> problems) {
        ((List<String>) page.evaluate(check)).forEach(p -> report(problems, where + ": " + p));
    }

    /** Kept for the assertion, and logged as found: a long walk's log shows them before it ends. */
    private static void report(List<String> problems, String problem) {
        problems.add(problem);
        System.out.println("[route check] " + problem);
    }

    /**
     * Vaadin pages wait for their server round trip, and staff grids until they have taken the
     * layout of the window's width (ResponsiveGrid); plain server-rendered pages are ready when loaded.
     */
    private static void settle(Page page) {
        page.waitForLoadState();
        if ((Boolean) page.evaluate("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)")) {
            Browser.settle(page);
            page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid[data-fit]')].every(g => "
                    + "g.dataset.fit === (innerWidth < 760 ? 'phone' : innerWidth < 1440 ? 'desk' : 'wide'))");
            Browser.settle(page);
        }
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getTiming().iterations === Infinity)");
    }
}
