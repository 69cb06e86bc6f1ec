package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.eshraqa.portal.requests.Declaration;
import org.eshraqa.portal.requests.Receipt;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.TransitionRefused;
import org.eshraqa.portal.shared.InvalidInputException;

/**
 * The declaration (P-10.4) and the submit button under the request form: both ticks and the
 * applicant's full name typed as signature. Anything missing is named, the form keeps its data.
 */
class SubmitPanel extends Section {

    /** Version of the declaration text in the bundles; stored with every signature. */
    static final String DECLARATION_VERSION = "2026-11";

    SubmitPanel(SupportRequests requests, long requestId, RequestForm form, String signatureHelpKey,
                Consumer<Receipt> onSubmitted) {
        addClassName("portal-card");
        setId("declaration");
        Checkbox correct = new Checkbox(getTranslation("requestForm.declaration.correct"));
        correct.setId("declaration-correct");
        Checkbox responsible = new Checkbox(getTranslation("requestForm.declaration.responsible"));
        responsible.setId("declaration-responsible");
        TextField signature = new TextField(getTranslation("requestForm.signature"));
        signature.setId("signature");
        signature.setHelperText(getTranslation(signatureHelpKey));
        signature.setWidthFull();
        signature.setMaxLength(200);

        Paragraph error = new Paragraph();
        error.setId("request-form-error");
        error.addClassName("portal-error-text");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");

        Button submit = new Button(getTranslation("requestForm.submit"));
        submit.setId("request-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            error.setVisible(false);
            try {
                var fieldErrors = form.save();
                if (!fieldErrors.isEmpty()) {
                    throw new InvalidInputException(fieldErrors);
                }
                onSubmitted.accept(requests.submit(requestId, new Declaration(correct.getValue(),
                        responsible.getValue(), signature.getValue(), DECLARATION_VERSION)));
            } catch (InvalidInputException invalid) {
                Component first = form.showErrors(invalid.fieldErrors());
                error.setText(getTranslation("requestForm.fix", invalid.fieldErrors().size()));
                error.setVisible(true);
                if (first instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            } catch (TransitionRefused refused) {
                error.setText(getTranslation(refused.messageKey()));
                error.setVisible(true);
            } finally {
                submit.setEnabled(true);
            }
        });
        add(new H2(getTranslation("requestForm.declaration.title")), correct, responsible, signature, error, submit);
    }
}
