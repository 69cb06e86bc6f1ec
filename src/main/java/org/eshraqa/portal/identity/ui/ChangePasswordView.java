package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.eshraqa.portal.identity.PasswordChanges;

/**
 * A signed-in person replaces their password, giving the current one. An account with a generated
 * password is sent here before any other page ({@link PasswordChangeGuard}) until it is done.
 */
@Route(ChangePasswordView.ROUTE)
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "change-password";

    private final PasswordChanges changes;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Div formArea = new Div();

    public ChangePasswordView(PasswordChanges changes) {
        this.changes = changes;
        addClassNames("portal-page", "portal-narrow");
        setId("change-password-view");
        Paragraph lead = new Paragraph(getTranslation(changes.required() ? "password.change.required"
                : "password.change.lead"));
        lead.setId("change-password-lead");
        current.setLabel(getTranslation("password.change.current"));
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setRequiredIndicatorVisible(true);
        next.setLabel(getTranslation("password.change.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("validation.password.rule"));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setRequiredIndicatorVisible(true);
        repeated.setLabel(getTranslation("password.change.repeat"));
        repeated.setId("repeat-password");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setRequiredIndicatorVisible(true);
        Button submit = new Button(getTranslation("password.change.submit"), e -> submit());
        submit.setId("change-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        FormLayout layout = new FormLayout(current, next, repeated);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        formArea.add(layout, submit);
        add(new H1(getTranslation("password.change.title")), lead, formArea);
    }

    private void submit() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeated.setInvalid(false);
        Optional<String> problem = changes.change(current.getValue(), next.getValue(), repeated.getValue());
        if (problem.isPresent()) {
            String key = problem.get();
            PasswordField field = key.equals("password.change.wrongCurrent") ? current
                    : key.equals("password.change.mismatch") ? repeated : next;
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
            return;
        }
        formArea.removeAll();
        Paragraph done = new Paragraph(getTranslation("password.change.done"));
        done.setId("change-password-done");
        done.addClassName("portal-success");
        done.getElement().setAttribute("role", "status");
        formArea.add(done, new com.vaadin.flow.component.html.Anchor("", getTranslation("password.change.continue")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title");
    }
}
