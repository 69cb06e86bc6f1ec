package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A sign-in drops the sign-in page's UI from the session at once, and only that one. */
class LoginUiReleaseTest extends PortalBrowserlessTest {

    @Autowired LoginUiRelease release;

    /** A successful sign-in in a request whose HTTP session holds this Vaadin session. */
    private void signInWith(VaadinSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.getSession().setAttribute(VaadinSession.class.getName() + ".springServlet", session);
        RequestAttributes before = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            release.signedIn(new AuthenticationSuccessEvent(
                    UsernamePasswordAuthenticationToken.authenticated("someone", null, List.of())));
        } finally {
            RequestContextHolder.setRequestAttributes(before);
        }
    }

    @Test
    void theSignInPagesUiIsRemovedWhenTheSignInSucceeds() {
        navigate(LoginView.class);
        UI login = UI.getCurrent();
        VaadinSession session = login.getSession();
        assertThat(session.getUIs()).contains(login);

        signInWith(session);

        assertThat(session.getUIs()).doesNotContain(login);
        assertThat(login.getSession()).as("detached from the session").isNull();
    }

    @Test
    void aUiShowingAnotherViewStays() {
        navigate(PrivacyNoticeView.class);
        UI other = UI.getCurrent();
        VaadinSession session = other.getSession();

        signInWith(session);

        assertThat(session.getUIs()).contains(other);
    }
}
