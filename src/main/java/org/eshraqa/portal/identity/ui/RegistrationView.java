package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.PasswordPolicy;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.portal.identity.TooManyAttempts;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.SaudiMobile;
import org.eshraqa.portal.shared.ui.MainLayout;

/**
 * A visitor registers as a beneficiary. Each field says what is wrong in the visitor's language;
 * the service checks everything again and stores nothing unless all of it is valid.
 */
@Route(value = "register", layout = MainLayout.class)
@AnonymousAllowed
public class RegistrationView extends Div implements HasDynamicTitle {

    /** The form's values; the binder writes here. */
    static final class Form {
        String fullName = "";
        String email = "";
        String mobile = "";
        String password = "";
        boolean consent;
    }

    private final Accounts accounts;
    private final Binder<Form> binder = new Binder<>();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField mobile = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final Div formArea = new Div();
    private final Paragraph throttled = new Paragraph();

    public RegistrationView(Accounts accounts) {
        this.accounts = accounts;
        addClassNames("portal-page", "portal-narrow");
        setId("registration-view");
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.lead")), formArea);
        buildForm();
    }

    private void buildForm() {
        fullName.setLabel(getTranslation("register.fullName"));
        fullName.setId("fullName");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("register.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("dir", "ltr");
        mobile.setLabel(getTranslation("register.mobile"));
        mobile.setId("mobile");
        mobile.setHelperText(getTranslation("register.mobile.help"));
        mobile.setRequiredIndicatorVisible(true);
        mobile.getElement().setAttribute("dir", "ltr");
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        password.setLabel(getTranslation("register.password"));
        password.setId("password");
        password.setHelperText(getTranslation("validation.password.rule"));
        password.setRequiredIndicatorVisible(true);
        password.setValueChangeMode(ValueChangeMode.ON_BLUR);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        consent.setId("consent");
        Anchor notice = new Anchor("privacy", getTranslation("register.consent.link"));
        notice.setTarget("_blank");
        consent.setLabelComponent(new Span(new Span(getTranslation("register.consent") + " "), notice));

        binder.forField(fullName)
                .withValidator(v -> v != null && v.strip().length() >= 3 && v.strip().length() <= 200,
                        getTranslation("validation.fullName"))
                .bind(f -> f.fullName, (f, v) -> f.fullName = v);
        binder.forField(email)
                .withValidator(EmailAddress::isValid, getTranslation("validation.email"))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(mobile)
                .withValidator(v -> SaudiMobile.parse(v).isPresent(), getTranslation("validation.mobile"))
                .bind(f -> f.mobile, (f, v) -> f.mobile = v);
        binder.forField(password)
                .withValidator((v, c) -> PasswordPolicy.check(v)
                        .map(key -> ValidationResult.error(getTranslation(key))).orElse(ValidationResult.ok()))
                .bind(f -> f.password, (f, v) -> f.password = v);
        binder.forField(consent)
                .withValidator(v -> v, getTranslation("validation.consent"))
                .bind(f -> f.consent, (f, v) -> f.consent = v);
        binder.setBean(new Form());

        Button submit = new Button(getTranslation("register.submit"), e -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));

        FormLayout layout = new FormLayout(fullName, email, mobile, password, consent);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Anchor signIn = new Anchor("login", getTranslation("register.haveAccount"));
        throttled.setId("registration-throttled");
        throttled.addClassName("portal-error-text");
        throttled.getElement().setAttribute("role", "alert");
        throttled.setVisible(false);
        formArea.add(layout, throttled, submit, new Paragraph(signIn));
    }

    private void submit() {
        if (binder.validate().hasErrors()) {
            return;
        }
        Form form = binder.getBean();
        throttled.setVisible(false);
        try {
            accounts.register(new Registration(form.fullName, form.email, form.mobile, form.password, form.consent,
                    getLocale().getLanguage()), clientAddress());
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
            return;
        } catch (TooManyAttempts e) {
            throttled.setText(getTranslation("register.throttled", e.minutes()));
            throttled.setVisible(true);
            return;
        }
        // The same answer whether the address is new or already has an account (whose owner is
        // mailed instead): the page must not tell who has an account.
        formArea.removeAll();
        Paragraph done = new Paragraph(getTranslation("register.done", form.email.strip()));
        done.setId("registration-done");
        done.addClassName("portal-success");
        formArea.add(done);
    }

    /** The address the request came from (the client's, behind a proxy configured as in operations.md). */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            String message = getTranslation(key);
            switch (field) {
                case "fullName" -> invalid(fullName, message);
                case "email" -> invalid(email, message);
                case "mobile" -> invalid(mobile, message);
                case "password" -> invalid(password, message);
                case "consent" -> {
                    consent.setInvalid(true);
                    consent.setErrorMessage(message);
                }
                default -> { }
            }
        });
    }

    private static void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
