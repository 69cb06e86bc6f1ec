package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eshraqa.portal.requests.RequestClaims;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.RequestSummary;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;

/** "My requests": each of the beneficiary's requests with its state in plain words. */
@Route("requests")
@Menu(order = 20, title = "nav.myRequests", icon = "vaadin:file-text-o")
@RolesAllowed("BENEFICIARY")
public class MyRequestsView extends Div implements HasDynamicTitle {

    private final transient SupportRequests requests;
    private final transient RequestClaims claims;

    public MyRequestsView(SupportRequests requests, RequestClaims claims) {
        this.requests = requests;
        this.claims = claims;
        addClassName("portal-page");
        setId("my-requests-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("myRequests.title")));
        Map<String, ServiceOffer> services = requests.catalogue().stream()
                .collect(Collectors.toMap(ServiceOffer::code, Function.identity()));
        List<RequestSummary> mine = requests.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("myRequests.empty"));
            empty.setId("my-requests-empty");
            Anchor browse = new Anchor("services", getTranslation("myRequests.browse"));
            browse.addClassNames("portal-cta", "portal-cta-primary");
            add(empty, browse, whoOpened(), claimBox());
            return;
        }
        Div list = new Div();
        list.addClassName("portal-cards");
        for (RequestSummary request : mine) {
            Section card = new Section();
            card.addClassName("portal-card");
            ServiceOffer service = services.get(request.serviceCode());
            String serviceName = service == null ? request.serviceCode() : service.name(getLocale());
            String target = request.state() == RequestState.DRAFT
                    ? "requests/new/" + request.serviceCode() : "requests/" + request.id();
            Anchor title = new Anchor(target, serviceName);
            H2 heading = new H2(title);
            card.add(heading, new RequestStateBadge(request.state()));
            if (request.reference() != null) {
                card.add(new Paragraph(getTranslation("request.reference", request.reference())));
            }
            if (request.expectedDecisionDate() != null && request.state().isOpen()) {
                card.add(new Paragraph(getTranslation("request.expectedDecision",
                        PortalDates.both(request.expectedDecisionDate(), getLocale()))));
            }
            list.add(card);
        }
        add(list, whoOpened(), claimBox());
    }

    private Paragraph whoOpened() {
        Anchor access = new Anchor("my-file/access", getTranslation("myRequests.whoOpened"));
        access.setId("who-opened-my-file");
        return new Paragraph(access);
    }

    /**
     * For someone an officer recorded a request for by phone, interview or letter (P-8). Few people
     * need it: its fields are made when it is first opened, not kept in every session.
     */
    private Details claimBox() {
        Details details = new Details(getTranslation("claim.title"));
        details.setId("claim");
        details.addClassName("portal-card");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                claimForm(details);
            }
        });
        return details;
    }

    /**
     * Two steps: the national ID and the mobile number the person gave, then the code sent by SMS
     * to the mobile recorded on the request. The first step answers the same whether or not
     * anything matched; someone who cannot receive the code asks an officer to confirm instead.
     */
    private void claimForm(Details details) {
        TextField nationalId = new TextField(getTranslation("applicant.nationalId"));
        nationalId.setId("claim-national-id");
        nationalId.setHelperText(getTranslation("claim.help"));
        nationalId.setMaxLength(20);
        TextField mobile = new TextField(getTranslation("claim.mobile"));
        mobile.setId("claim-mobile");
        mobile.setMaxLength(30);
        mobile.setAutocomplete(Autocomplete.TEL);
        Div codeStep = new Div();
        codeStep.setId("claim-code-step");
        Button send = new Button(getTranslation("claim.submit"), e -> {
            nationalId.setInvalid(false);
            mobile.setInvalid(false);
            try {
                claims.start(nationalId.getValue(), mobile.getValue());
                codeStep(codeStep, nationalId, mobile);
            } catch (InvalidInputException invalid) {
                invalid.fieldErrors().forEach((field, key) -> {
                    TextField target = "mobile".equals(field) ? mobile : nationalId;
                    target.setErrorMessage(getTranslation(key));
                    target.setInvalid(true);
                });
            }
        });
        send.setId("claim-submit");
        details.add(new Paragraph(getTranslation("claim.lead")), nationalId, mobile, send, codeStep);
    }

    private void codeStep(Div step, TextField nationalId, TextField mobile) {
        step.removeAll();
        Paragraph sent = new Paragraph(getTranslation("claim.sent",
                claims.codeValidFor().toMinutes()));
        sent.setId("claim-sent");
        sent.getElement().setAttribute("role", "status");
        TextField code = new TextField(getTranslation("claim.code"));
        code.setId("claim-code");
        code.setHelperText(getTranslation("claim.code.help"));
        code.setMaxLength(12);
        code.getElement().setProperty("autocomplete", "one-time-code");
        Button link = new Button(getTranslation("claim.code.submit"), e -> {
            try {
                int count = claims.enterCode(code.getValue());
                if (count == 0) {
                    code.setErrorMessage(getTranslation("claim.code.wrong"));
                    code.setInvalid(true);
                    return;
                }
                Notification.show(getTranslation("claim.done", count), 5000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                code.setErrorMessage(getTranslation(invalid.fieldErrors().values().iterator().next()));
                code.setInvalid(true);
            }
        });
        link.setId("claim-code-submit");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button again = new Button(getTranslation("claim.again"), e -> {
            try {
                claims.start(nationalId.getValue(), mobile.getValue());
                codeStep(step, nationalId, mobile);
            } catch (InvalidInputException invalid) {
                code.setErrorMessage(getTranslation(invalid.fieldErrors().values().iterator().next()));
                code.setInvalid(true);
            }
        });
        again.setId("claim-again");
        Button officer = new Button(getTranslation("claim.askOfficer"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("claim-ask-officer-dialog");
            confirm.setHeader(getTranslation("case.confirm.title"));
            confirm.setText(getTranslation("claim.askOfficer.confirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("claim.askOfficer.ok"));
            confirm.addConfirmListener(ok -> {
                claims.askOfficer();
                step.removeAll();
                Paragraph asked = new Paragraph(getTranslation("claim.askOfficer.done"));
                asked.setId("claim-asked");
                asked.getElement().setAttribute("role", "status");
                step.add(asked);
            });
            confirm.open();
        });
        officer.setId("claim-ask-officer");
        officer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        step.add(sent, code, link, again, officer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myRequests.title");
    }
}
