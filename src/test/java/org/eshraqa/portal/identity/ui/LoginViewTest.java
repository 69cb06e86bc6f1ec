package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends PortalBrowserlessTest {

    @Test
    void offersPasswordSignInAndOneButtonPerProvider() {
        navigate(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        Anchor provider = $(Anchor.class).withId("oidc-testid").single();
        assertThat(provider.getHref()).isEqualTo("oauth2/authorization/testid");
        assertThat(provider.getText()).isEqualTo("الدخول عبر Test ID");
        assertThat($(Anchor.class).withId("login-register").single().getHref()).isEqualTo("register");
    }

    @Test
    void aFailedSignInShowsOneGenericMessage() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void aFailedProviderSignInSaysSo() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "oidc")));
        assertThat($(Paragraph.class).withClassName("portal-error-text").single().getText()).contains("مزوّد الهوية");
    }
}
