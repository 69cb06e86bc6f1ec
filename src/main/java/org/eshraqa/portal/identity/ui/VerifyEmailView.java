package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.TooManyAttempts;
import org.eshraqa.portal.identity.VerificationResult;
import org.eshraqa.portal.shared.EmailAddress;

/**
 * Where the verification link leads. A good link activates the account; an expired, used or
 * unknown one says so and offers a new link.
 */
@Route("verify")
@AnonymousAllowed
public class VerifyEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Accounts accounts;

    public VerifyEmailView(Accounts accounts) {
        this.accounts = accounts;
        addClassNames("portal-page", "portal-narrow");
        setId("verify-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("verify.title")));
        var token = event.getLocation().getQueryParameters().getSingleParameter("token");
        if (token.isEmpty()) {
            add(new Paragraph(getTranslation("verify.resend.lead")));
            addResendForm();
            return;
        }
        VerificationResult result = accounts.verifyEmail(token.get());
        Paragraph message = new Paragraph(getTranslation("verify.result." + result.name()));
        message.setId("verify-result");
        message.addClassName(result == VerificationResult.VERIFIED ? "portal-success" : "portal-error-text");
        add(message);
        if (result == VerificationResult.VERIFIED || result == VerificationResult.ALREADY_USED) {
            Anchor signIn = new Anchor(LoginView.ROUTE, getTranslation("verify.signIn"));
            signIn.setId("verify-sign-in");
            signIn.addClassNames("portal-cta", "portal-cta-primary");
            add(signIn);
        } else {
            addResendForm();
        }
    }

    private void addResendForm() {
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setId("resend-email");
        email.getElement().setAttribute("dir", "ltr");
        Paragraph sent = new Paragraph();
        sent.setId("resend-done");
        Button resend = new Button(getTranslation("verify.resend"), e -> {
            if (!EmailAddress.isValid(email.getValue())) {
                email.setErrorMessage(getTranslation("validation.email"));
                email.setInvalid(true);
                return;
            }
            try {
                accounts.resendVerification(email.getValue(), RegistrationView.clientAddress());
            } catch (TooManyAttempts refused) {
                sent.setText(getTranslation("verify.resend.throttled", refused.minutes()));
                sent.removeClassName("portal-success");
                sent.addClassName("portal-error-text");
                return;
            }
            // Same answer whether or not the address is registered.
            sent.setText(getTranslation("verify.resend.done"));
            sent.removeClassName("portal-error-text");
            sent.addClassName("portal-success");
        });
        resend.setId("resend-submit");
        resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(email, resend);
        form.addClassName("portal-inline-form");
        add(form, sent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
