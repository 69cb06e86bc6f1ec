package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.eshraqa.portal.requests.Receipt;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.PortalDates;

/**
 * Applying for a service from home: the form (saved as it is filled in, so a closed browser loses
 * nothing), the declaration signed with the applicant's full name (P-10.4), then the receipt with
 * the expected decision date (P-10.5).
 */
@Route("requests/new")
@RolesAllowed("BENEFICIARY")
public class RequestFormView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient SupportRequests requests;

    public RequestFormView(SupportRequests requests) {
        this.requests = requests;
        addClassNames("portal-page", "portal-medium");
        setId("request-form-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String serviceCode) {
        ServiceOffer service = requests.catalogue().stream().filter(s -> s.code().equals(serviceCode)).findFirst()
                .orElseThrow(NotFoundException::new);
        long draftId = requests.startDraft(serviceCode);
        var draft = requests.findMine(draftId).orElseThrow(NotFoundException::new);
        removeAll();
        RequestForm form = new RequestForm(requests, draftId, service, draft, true);
        add(new H1(getTranslation("requestForm.title", service.name(getLocale()))),
                new Paragraph(getTranslation("requestForm.lead")), form,
                new SubmitPanel(requests, draftId, form, "requestForm.signature.help", this::showReceipt));
    }

    private void showReceipt(Receipt receipt) {
        removeAll();
        add(receiptCard(receipt, true));
        Anchor follow = new Anchor("requests/" + receipt.requestId(), getTranslation("receipt.follow"));
        follow.addClassNames("portal-cta", "portal-cta-primary");
        follow.setId("receipt-follow");
        add(follow);
    }

    /** The receipt: number, time, expected decision date in both calendars, and what happens next. */
    static Section receiptCard(Receipt receipt, boolean applicant) {
        Section card = new Section();
        card.addClassNames("portal-card", "portal-receipt");
        card.setId("receipt");
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        card.add(new H1(card.getTranslation(applicant ? "receipt.title" : "receipt.title.onBehalf")),
                new Paragraph(card.getTranslation("request.reference", receipt.reference())),
                new Paragraph(card.getTranslation("receipt.submittedAt", PortalDates.dateTime(receipt.submittedAt(),
                        locale))),
                new Paragraph(card.getTranslation("request.expectedDecision",
                        PortalDates.both(receipt.expectedDecisionDate(), locale))),
                new Paragraph(card.getTranslation("receipt.committee")));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requestForm.pageTitle");
    }
}
