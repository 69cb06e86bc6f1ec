package org.eshraqa.portal.requests.ui;

import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.eshraqa.portal.requests.Receipt;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.StaffAction;
import org.eshraqa.portal.requests.StaffRequestView;
import org.eshraqa.portal.requests.SupportRequests;

/**
 * The officer fills in the request form for the person (P-8) and submits it with the
 * declaration the person made by phone, in person or in their letter. Only the officer who
 * started the record can edit it, and only until it is submitted.
 */
@Route("staff/requests/:requestId/edit")
@RolesAllowed("RELATIONS_OFFICER")
public class OnBehalfFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupportRequests requests;

    public OnBehalfFormView(SupportRequests requests) {
        this.requests = requests;
        addClassNames("portal-page", "portal-medium");
        setId("on-behalf-form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long requestId = Panels.routeId(event, "requestId");
        StaffRequestView draft = requests.findForStaff(requestId)
                .filter(v -> v.actions().contains(StaffAction.EDIT_DRAFT)).orElseThrow(NotFoundException::new);
        ServiceOffer service = requests.catalogue().stream()
                .filter(s -> s.code().equals(draft.mirror().serviceCode())).findFirst()
                .orElseThrow(NotFoundException::new);
        removeAll();
        RequestForm form = new RequestForm(requests, requestId, service, draft.mirror(), false);
        add(new H1(getTranslation("record.formTitle", service.name(getLocale()))),
                new Paragraph(getTranslation("record.formLead",
                        getTranslation("channel." + draft.mirror().channel().name()))),
                form, new SubmitPanel(requests, requestId, form, "record.signature.help", this::showReceipt));
    }

    private void showReceipt(Receipt receipt) {
        removeAll();
        add(RequestFormView.receiptCard(receipt, false));
        Anchor open = new Anchor("staff/requests/" + receipt.requestId(), getTranslation("record.open"));
        open.addClassNames("portal-cta", "portal-cta-primary");
        open.setId("receipt-follow");
        add(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.title");
    }
}
