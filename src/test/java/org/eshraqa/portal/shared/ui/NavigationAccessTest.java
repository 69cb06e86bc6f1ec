package org.eshraqa.portal.shared.ui;

import org.eshraqa.portal.requests.ui.ServicesView;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.eshraqa.portal.content.ui.ContentAdminView;
import org.eshraqa.portal.identity.ui.UsersView;
import org.eshraqa.portal.notifications.ui.SentMailView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees the navigation it may use; the rest cannot be opened, not even by URL. */
class NavigationAccessTest extends PortalBrowserlessTest {

    private List<String> navigationPaths() {
        return $(SideNav.class).withId("main-nav").single().getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void aVisitorSeesTheHomePageInArabicAndIsSentToSignInForStaffPages() {
        navigate(ServicesView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(navigationPaths()).containsExactly("", "about", "services", "faq", "guides", "contact",
                "you-said-we-did", "volunteer");
        assertThat($(Anchor.class).withId("sign-in-link").single()).isNotNull();
        // The public pages are plain HTML: the browser loads them, the Flow router does not.
        assertThat($(SideNav.class).withId("main-nav").single().getItems()).allSatisfy(item ->
                assertThat(item.isRouterIgnore()).as(item.getPath())
                        .isEqualTo(!List.of("services", "volunteer").contains(item.getPath())));
        assertThat($(Anchor.class).withId("sign-in-link").single().isRouterIgnore()).isTrue();

        assertSentToSignIn("admin/users");
        assertSentToSignIn("admin/content");
    }

    @Test
    @WithUserDetails(BENEFICIARY)
    void aBeneficiaryHasNoAdministrationAndCannotOpenItByUrl() {
        navigate(ServicesView.class);
        assertThat(navigationPaths()).containsExactly("", "about", "services", "faq", "guides", "contact",
                "you-said-we-did", "requests", "inquiries", "volunteer", "my-data");

        navigate("admin/users", NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("الصفحة غير موجودة");
        navigate("admin/mail", NotFoundView.class);
        navigate("admin/content", NotFoundView.class);
        navigate("staff/requests", NotFoundView.class);
    }

    @Test
    @WithUserDetails(OFFICER)
    void aRelationsOfficerHasNoAdministrationEither() {
        navigate(ServicesView.class);
        assertThat(navigationPaths()).containsExactly("", "about", "services", "faq", "guides", "contact",
                "you-said-we-did", "inquiries", "volunteer", "staff/requests", "staff/inquiries", "staff/contacts",
                "staff/summary", "my-data");
        navigate("admin/users", NotFoundView.class);
    }

    @Test
    @WithUserDetails("committee@demo.eshraqa.org.sa")
    void aCommitteeMemberSeesTheQueueButNotTheBeneficiaryPages() {
        navigate(ServicesView.class);
        assertThat(navigationPaths()).containsExactly("", "about", "services", "faq", "guides", "contact",
                "you-said-we-did", "inquiries", "volunteer", "staff/requests", "staff/summary", "my-data");
        navigate("requests", NotFoundView.class);
        navigate("staff/inquiries", NotFoundView.class);
        navigate("admin/users", NotFoundView.class);
    }

    @Test
    @WithUserDetails("coordinator@demo.eshraqa.org.sa")
    void theVolunteerCoordinatorSeesTheVolunteeringWorkAndNothingOfTheCases() {
        navigate(ServicesView.class);
        assertThat(navigationPaths()).containsExactly("", "about", "services", "faq", "guides", "contact",
                "you-said-we-did", "inquiries", "volunteer", "staff/contacts", "staff/volunteers",
                "staff/opportunities", "staff/summary", "my-data");
        navigate("staff/requests", NotFoundView.class);
        navigate("staff/inquiries", NotFoundView.class);
        navigate("admin/users", NotFoundView.class);
    }

    @Test
    @WithUserDetails("quality@demo.eshraqa.org.sa")
    void theQualityManagerSeesTheSatisfactionWork() {
        navigate(ServicesView.class);
        assertThat(navigationPaths()).containsExactly("", "about", "services", "faq", "guides", "contact",
                "you-said-we-did", "inquiries", "volunteer", "staff/summary", "staff/dashboard", "staff/surveys",
                "staff/contact-requests", "staff/improvements", "my-data");
        navigate("staff/requests", NotFoundView.class);
        navigate("admin/users", NotFoundView.class);
    }

    @Test
    void aVisitorIsSentToSignInForRequestsAndNotifications() {
        assertSentToSignIn("staff/requests");
        assertSentToSignIn("requests/1");
        assertSentToSignIn("notifications");
        assertSentToSignIn("inquiries/new");
        assertSentToSignIn("staff/inquiries");
        assertSentToSignIn("staff/contacts/new");
        assertSentToSignIn("staff/volunteers");
        assertSentToSignIn("volunteer/hours");
    }

    @Test
    @WithUserDetails(ADMIN)
    void anAdministratorSeesAndOpensTheAdministration() {
        navigate(ServicesView.class);
        assertThat(navigationPaths()).containsExactly("", "about", "services", "faq", "guides", "contact",
                "you-said-we-did", "inquiries", "volunteer", "staff/summary", "my-data", "admin/users", "admin/mail", "admin/erasures", "admin/content", "admin/answers",
                "admin/access-log");
        navigate(UsersView.class);
        navigate(SentMailView.class);
        navigate(ContentAdminView.class);
    }

    @Test
    void theLanguageSwitchTurnsThePageToEnglish() {
        navigate(ServicesView.class);
        assertThat($(ServicesView.class).single().getElement().getAttribute("role")).as("the view is the main landmark")
                .isEqualTo("main");
        Button toEnglish = $(Button.class).withId("language-switch").single();
        assertThat(toEnglish.getText()).isEqualTo("English");
        // Its name begins with what it shows, in English, and says the rest in the page's language.
        assertThat(toEnglish.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(toEnglish.getElement().hasAttribute("aria-label")).isFalse();
        var purpose = toEnglish.getElement().getChildren().filter(c -> c.getClassList().contains("portal-sr-only"))
                .findFirst().orElseThrow();
        assertThat(purpose.getText()).isEqualTo(" التبديل إلى اللغة الإنجليزية");
        assertThat(purpose.getAttribute("lang")).isEqualTo("ar");
        test(toEnglish).click();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");

        navigate(ServicesView.class);
        assertThat($(Button.class).withId("language-switch").single().getText()).isEqualTo("العربية");
    }
}
