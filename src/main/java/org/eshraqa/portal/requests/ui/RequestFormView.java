package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.eshraqa.portal.requests.Declaration;
import org.eshraqa.portal.requests.Receipt;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.TransitionRefused;
import org.eshraqa.portal.shared.PortalDates;

/**
 * Applying for a service from home: the need in the beneficiary's own words (saved as they type,
 * so a closed browser loses nothing), then the declaration signed with their full name (P-10.4),
 * then the receipt with the expected decision date (P-10.5).
 */
@Route("requests/new")
@RolesAllowed("BENEFICIARY")
public class RequestFormView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** Version of the declaration text below; stored with every signature. */
    static final String DECLARATION_VERSION = "2026-11";

    private final SupportRequests requests;
    private long draftId;
    private ServiceOffer service;

    public RequestFormView(SupportRequests requests) {
        this.requests = requests;
        addClassNames("portal-page", "portal-narrow");
        setId("request-form-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String serviceCode) {
        service = requests.catalogue().stream().filter(s -> s.code().equals(serviceCode)).findFirst()
                .orElseThrow(NotFoundException::new);
        draftId = requests.startDraft(serviceCode);
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("requestForm.title", service.name(getLocale()))),
                new Paragraph(getTranslation("requestForm.lead")));

        TextArea need = new TextArea(getTranslation("requestForm.need"));
        need.setId("need");
        need.setHelperText(getTranslation("requestForm.need.help"));
        need.setMaxLength(4000);
        need.setWidthFull();
        need.setMinHeight("10rem");
        need.setRequiredIndicatorVisible(true);
        requests.findMine(draftId).map(v -> v.needDescription() == null ? "" : v.needDescription())
                .ifPresent(need::setValue);
        Span saved = new Span();
        saved.setId("draft-saved");
        saved.addClassName("portal-hint");
        saved.getElement().setAttribute("aria-live", "polite");
        need.setValueChangeMode(ValueChangeMode.LAZY);
        need.addValueChangeListener(e -> {
            requests.describeNeed(draftId, e.getValue());
            saved.setText(getTranslation("requestForm.saved"));
        });

        Section declaration = new Section();
        declaration.addClassName("portal-card");
        Checkbox correct = new Checkbox(getTranslation("requestForm.declaration.correct"));
        correct.setId("declaration-correct");
        Checkbox responsible = new Checkbox(getTranslation("requestForm.declaration.responsible"));
        responsible.setId("declaration-responsible");
        TextField signature = new TextField(getTranslation("requestForm.signature"));
        signature.setId("signature");
        signature.setHelperText(getTranslation("requestForm.signature.help"));
        signature.setWidthFull();
        declaration.add(new H2(getTranslation("requestForm.declaration.title")), correct, responsible, signature);

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
            try {
                requests.describeNeed(draftId, need.getValue());
                Receipt receipt = requests.submit(draftId, new Declaration(correct.getValue(), responsible.getValue(),
                        signature.getValue(), DECLARATION_VERSION));
                showReceipt(receipt);
            } catch (TransitionRefused refused) {
                error.setText(getTranslation(refused.messageKey()));
                error.setVisible(true);
                submit.setEnabled(true);
            }
        });
        add(need, saved, declaration, error, submit);
    }

    private void showReceipt(Receipt receipt) {
        removeAll();
        Section card = new Section();
        card.addClassNames("portal-card", "portal-receipt");
        card.setId("receipt");
        card.add(new H1(getTranslation("receipt.title")),
                new Paragraph(getTranslation("request.reference", receipt.reference())),
                new Paragraph(getTranslation("receipt.submittedAt", PortalDates.dateTime(receipt.submittedAt(),
                        getLocale()))),
                new Paragraph(getTranslation("request.expectedDecision",
                        PortalDates.both(receipt.expectedDecisionDate(), getLocale()))),
                new Paragraph(getTranslation("receipt.committee")));
        Anchor follow = new Anchor("requests/" + receipt.requestId(), getTranslation("receipt.follow"));
        follow.addClassNames("portal-cta", "portal-cta-primary");
        follow.setId("receipt-follow");
        add(card, follow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requestForm.pageTitle");
    }
}
