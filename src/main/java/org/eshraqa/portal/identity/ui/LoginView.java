package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign-in: e-mail and password, and one button per configured OpenID Connect provider. A failed
 * sign-in gets one message whatever the reason, so nobody learns which addresses have accounts.
 */
@Route(LoginView.ROUTE)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    private final LoginForm form = new LoginForm();
    private final Div error = new Div();

    private final long rememberDays;

    public LoginView(ObjectProvider<ClientRegistrationRepository> oidcClients,
                     @Value("${portal.security.remember-me-validity:14d}") Duration rememberFor) {
        this.rememberDays = rememberFor.toDays();
        addClassNames("portal-page", "portal-login");
        setId("login-view");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.getElement().appendChild(rememberMe().getElement());
        // Our own message rather than the form's built-in one, whose icon overlaps right-to-left text.
        error.addClassName("portal-error-text");
        error.setId("login-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new H1(getTranslation("login.title")), error, form);
        List<ClientRegistration> providers = providers(oidcClients.getIfAvailable());
        if (!providers.isEmpty()) {
            Div buttons = new Div();
            buttons.addClassName("portal-oidc");
            buttons.add(new Paragraph(getTranslation("login.oidc.or")));
            for (ClientRegistration provider : providers) {
                buttons.add(oidcButton(provider));
            }
            add(buttons);
        }
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("login-register");
        Anchor resend = new Anchor("verify", getTranslation("login.resend"));
        Paragraph noAccount = new Paragraph(getTranslation("login.noAccount") + " ");
        noAccount.add(register);
        add(noAccount, new Paragraph(resend));
    }

    /**
     * "Stay signed in on this device": off unless ticked, with the warning for shared computers. In
     * the form's own area, so the form posts it with the password (parameter {@code remember-me}).
     */
    private Checkbox rememberMe() {
        Checkbox box = new Checkbox(getTranslation("login.rememberMe"));
        box.setId("login-remember-me");
        box.setHelperText(getTranslation("login.rememberMe.help", rememberDays));
        box.getElement().setAttribute("slot", "custom-form-area");
        box.getElement().setAttribute("name", "remember-me");
        return box;
    }

    private Component oidcButton(ClientRegistration provider) {
        // A plain link: the browser must leave the Vaadin UI for the provider's sign-in page.
        Anchor link = new Anchor("oauth2/authorization/" + provider.getRegistrationId(),
                getTranslation("login.oidc.with", provider.getClientName()));
        link.setRouterIgnore(true);
        link.addClassName("portal-oidc-button");
        link.setId("oidc-" + provider.getRegistrationId());
        return link;
    }

    private static List<ClientRegistration> providers(ClientRegistrationRepository repository) {
        List<ClientRegistration> list = new ArrayList<>();
        if (repository instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                if (registration instanceof ClientRegistration r
                        && r.getScopes().contains("openid")) {
                    list.add(r);
                }
            }
        }
        return list;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.form.email"));
        f.setPassword(getTranslation("login.form.password"));
        f.setSubmit(getTranslation("login.form.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("erased")) {
            Paragraph erased = new Paragraph(getTranslation("login.erased"));
            erased.setId("login-erased");
            erased.addClassName("portal-hint");
            erased.getElement().setAttribute("role", "status");
            addComponentAtIndex(1, erased);
        }
        if (parameters.containsKey("error")) {
            List<String> kind = parameters.get("error");
            String message = kind.contains("oidc") ? getTranslation("login.error.oidc")
                    : kind.contains("throttled") ? getTranslation("login.error.throttled", waitMinutes(parameters))
                    : getTranslation("login.error.message");
            error.removeAll();
            Span title = new Span(getTranslation("login.error.title"));
            title.getStyle().set("font-weight", "600");
            error.add(title, new Paragraph(message));
            error.setVisible(true);
        }
    }

    /** The minutes the sign-in throttle asked for, within sane bounds (the address can be edited). */
    private static int waitMinutes(Map<String, List<String>> parameters) {
        try {
            int minutes = Integer.parseInt(parameters.getOrDefault("wait", List.of("15")).getFirst());
            return Math.clamp(minutes, 1, 60);
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
