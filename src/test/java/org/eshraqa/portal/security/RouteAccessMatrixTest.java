package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route of the portal, found by reflection, opened by a visitor and by each role's demo
 * account. Who may open what is declared once, in {@link #WHO}; a route without a row fails. A
 * refused visitor is sent to sign in, a refused account is told the page does not exist (so a
 * forbidden page cannot be told from a missing one); an allowed one gets the page.
 */
class RouteAccessMatrixTest extends PortalBrowserlessTest {

    private static final String ANYONE = "anyone";
    private static final String SIGNED_IN = "signed-in";

    /** Route template → who may open it: anyone, anyone signed in, or these roles. */
    private static final Map<String, Set<String>> WHO = new LinkedHashMap<>();

    static {
        // The public pages outside Flow (home, FAQ, guides, sign-in, survey…) are checked by
        // PublicPagesSecurityTest; these are the Flow views anyone may open.
        for (String route : List.of("services", "volunteer")) {
            WHO.put(route, Set.of(ANYONE));
        }
        for (String route : List.of("inquiries", "inquiries/new", "inquiries/:inquiryId", "my-file/access", "my-data",
                "notifications", "surveys", "volunteer/apply", "volunteer/hours", "volunteer/opportunities",
                "volunteer/certificates/:certificateId", "change-password")) {
            WHO.put(route, Set.of(SIGNED_IN));
        }
        for (String route : List.of("requests", "requests/new", "requests/:requestId")) {
            WHO.put(route, Set.of("BENEFICIARY"));
        }
        for (String route : List.of("staff/requests", "staff/requests/:requestId")) {
            WHO.put(route, Set.of("RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "COMMITTEE_MEMBER"));
        }
        for (String route : List.of("staff/requests/record", "staff/requests/:requestId/edit")) {
            WHO.put(route, Set.of("RELATIONS_OFFICER"));
        }
        for (String route : List.of("staff/inquiries", "staff/inquiries/:inquiryId")) {
            WHO.put(route, Set.of("RELATIONS_OFFICER", "SOCIAL_RESEARCHER"));
        }
        for (String route : List.of("staff/contacts", "staff/contacts/new")) {
            WHO.put(route, Set.of("RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "VOLUNTEER_COORDINATOR"));
        }
        for (String route : List.of("staff/volunteers", "staff/volunteers/:applicationId", "staff/opportunities",
                "staff/opportunities/:opportunityId")) {
            WHO.put(route, Set.of("VOLUNTEER_COORDINATOR"));
        }
        WHO.put("staff/summary", Set.of("RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "COMMITTEE_MEMBER",
                "VOLUNTEER_COORDINATOR", "QUALITY_MANAGER", "ADMIN"));
        for (String route : List.of("staff/dashboard", "staff/surveys", "staff/contact-requests",
                "staff/improvements")) {
            WHO.put(route, Set.of("QUALITY_MANAGER"));
        }
        for (String route : List.of("admin/users", "admin/mail", "admin/access-log", "admin/answers", "admin/erasures",
                "admin/content", "admin/content/:entry")) {
            WHO.put(route, Set.of("ADMIN"));
        }
    }

    /** Each role's demo account; {@code null} is the visitor. */
    private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("visitor", null);
        ACCOUNTS.put("BENEFICIARY", "beneficiary@demo.eshraqa.org.sa");
        ACCOUNTS.put("VOLUNTEER", "volunteer@demo.eshraqa.org.sa");
        ACCOUNTS.put("RELATIONS_OFFICER", "officer@demo.eshraqa.org.sa");
        ACCOUNTS.put("SOCIAL_RESEARCHER", "researcher@demo.eshraqa.org.sa");
        ACCOUNTS.put("COMMITTEE_MEMBER", "committee@demo.eshraqa.org.sa");
        ACCOUNTS.put("VOLUNTEER_COORDINATOR", "coordinator@demo.eshraqa.org.sa");
        ACCOUNTS.put("QUALITY_MANAGER", "quality@demo.eshraqa.org.sa");
        ACCOUNTS.put("ADMIN", "admin@demo.eshraqa.org.sa");
    }

    private static Map<String, Class<?>> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        for (var candidate : scanner.findCandidateComponents("org.eshraqa.portal")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            routes.put(type.getAnnotation(Route.class).value(), type);
        }
        return routes;
    }

    /** The address of a route with every parameter forged: an id, slug or token that does not exist. */
    private static String address(String template, Class<?> type) {
        String path = template.replaceAll(":[A-Za-z]+Id\\b", "987654321")
                .replace(":token", "Zm9yZ2VkLXRva2VuLXRoYXQtZG9lcy1ub3QtZXhpc3Q")
                .replaceAll(":[A-Za-z]+", "no-such-entry");
        return path;
    }

    private static boolean parametrised(String template, Class<?> type) {
        return template.contains(":") || HasUrlParameter.class.isAssignableFrom(type);
    }

    /** Pages that send an allowed person elsewhere: signed in already, or already a volunteer. */
    private static final Map<String, String> SENDS_ON = Map.of("volunteer/apply", "VolunteerHubView");

    @Test
    void everyRouteHasARowAndEveryRowARoute() throws Exception {
        Set<String> found = new TreeSet<>(routes().keySet());
        assertThat(found).as("routes without a row in WHO").isSubsetOf(WHO.keySet());
        assertThat(new TreeSet<>(WHO.keySet())).as("rows without a route").isSubsetOf(found);
    }

    @Test
    void eachRoleOpensExactlyWhatItsRowAllows() throws Exception {
        Map<String, Class<?>> routes = routes();
        List<String> wrong = new ArrayList<>();
        Set<String> proxied = new TreeSet<>();
        for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
            if (account.getValue() != null) {
                signInAs(account.getValue());
            }
            for (Map.Entry<String, Class<?>> route : routes.entrySet()) {
                Set<String> who = WHO.get(route.getKey());
                boolean allowed = who.contains(ANYONE) || account.getValue() != null && who.contains(SIGNED_IN)
                        || who.contains(account.getKey());
                var pending = UI.getCurrent().getInternals();
                pending.dumpPendingJavaScriptInvocations();
                UI.getCurrent().navigate(address(route.getKey(), route.getValue()));
                boolean sentToSignIn = pending.dumpPendingJavaScriptInvocations().stream()
                        .anyMatch(i -> i.getInvocation().getParameters().toString().contains("login"));
                // Sent to the sign-in page (outside Flow), no view is shown at all.
                Class<?> shown = sentToSignIn ? Void.class
                        : org.springframework.util.ClassUtils.getUserClass(getCurrentView().getClass());
                if (!sentToSignIn && shown != getCurrentView().getClass()) {
                    proxied.add(shown.getSimpleName());
                }
                boolean ok;
                if (allowed) {
                    ok = shown == route.getValue()
                            || parametrised(route.getKey(), route.getValue()) && shown == NotFoundView.class
                            || account.getValue() != null
                            && shown.getSimpleName().equals(SENDS_ON.get(route.getKey()));
                } else {
                    ok = account.getValue() == null ? sentToSignIn : shown == NotFoundView.class;
                }
                if (!ok) {
                    wrong.add(account.getKey() + " → /" + route.getKey() + " showed " + shown.getSimpleName()
                            + (allowed ? " (allowed)" : " (refused)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
        // Access to views is Vaadin's navigation access control (above); a view that is also an AOP
        // proxy (method security on its class annotations) costs advisor matching at every navigation.
        assertThat(proxied).as("views created as AOP proxies").isEmpty();
    }
}
