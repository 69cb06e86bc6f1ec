package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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

    public MyRequestsView(SupportRequests requests) {
        this.requests = requests;
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

    private void claimForm(Details details) {
        TextField nationalId = new TextField(getTranslation("applicant.nationalId"));
        nationalId.setId("claim-national-id");
        nationalId.setHelperText(getTranslation("claim.help"));
        nationalId.setMaxLength(20);
        Button claim = new Button(getTranslation("claim.submit"), e -> {
            try {
                int count = requests.claim(nationalId.getValue());
                Notification.show(getTranslation("claim.done", count), 5000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                nationalId.setErrorMessage(getTranslation(invalid.fieldErrors().values().iterator().next()));
                nationalId.setInvalid(true);
            }
        });
        claim.setId("claim-submit");
        details.add(new Paragraph(getTranslation("claim.lead")), nationalId, claim);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myRequests.title");
    }
}
