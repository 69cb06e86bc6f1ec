package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.eshraqa.portal.requests.Declaration;
import org.eshraqa.portal.requests.Receipt;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.casefile.ui.CaseForm;

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

        Paragraph error = CaseForm.errorLine("request-form-error");
        Button submit = CaseForm.submitButton("request-submit", "requestForm.submit", form, error,
                () -> onSubmitted.accept(requests.submit(requestId, new Declaration(correct.getValue(),
                        responsible.getValue(), signature.getValue(), DECLARATION_VERSION))), errors -> null);
        add(new H2(getTranslation("requestForm.declaration.title")), correct, responsible, signature, error, submit);
    }
}
