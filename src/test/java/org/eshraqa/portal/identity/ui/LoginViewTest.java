package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
        // Hidden until a sign-in fails (queries find visible components only).
        assertThat($(Div.class).withId("login-error").all()).isEmpty();
        Anchor provider = $(Anchor.class).withId("oidc-testid").single();
        assertThat(provider.getHref()).isEqualTo("oauth2/authorization/testid");
        assertThat(provider.getText()).isEqualTo("الدخول عبر Test ID");
        assertThat($(Anchor.class).withId("login-register").single().getHref()).isEqualTo("register");
    }

    @Test
    void aFailedSignInShowsOneGenericMessage() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat($(Div.class).withId("login-error").single().isVisible()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("البريد الإلكتروني أو كلمة المرور غير صحيحة").all()).hasSize(1);
    }

    @Test
    void aFailedProviderSignInSaysSo() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "oidc")));
        assertThat($(Paragraph.class).withTextContaining("مزوّد الهوية").all()).hasSize(1);
    }

    @Test
    void aThrottledSignInSaysHowLongToWaitWithinBounds() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "throttled", "wait", "7")));
        assertThat($(Paragraph.class).withTextContaining("محاولات دخول كثيرة").single().getText()).contains("انتظر 7 دقيقة");
        // The number comes from the address bar: a forged one is kept within bounds.
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "throttled", "wait", "99999")));
        assertThat($(Paragraph.class).withTextContaining("محاولات دخول كثيرة").single().getText()).contains("انتظر 60 دقيقة");
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "throttled", "wait", "<b>")));
        assertThat($(Paragraph.class).withTextContaining("محاولات دخول كثيرة").single().getText()).contains("انتظر 15 دقيقة");
    }
}
