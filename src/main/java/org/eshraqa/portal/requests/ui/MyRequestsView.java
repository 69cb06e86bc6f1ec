package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.html.Anchor;
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
import org.eshraqa.portal.shared.PortalDates;

/** "My requests": each of the beneficiary's requests with its state in plain words. */
@Route("requests")
@Menu(order = 20, title = "nav.myRequests", icon = "vaadin:file-text-o")
@RolesAllowed("BENEFICIARY")
public class MyRequestsView extends Div implements HasDynamicTitle {

    public MyRequestsView(SupportRequests requests) {
        addClassName("portal-page");
        setId("my-requests-view");
        add(new H1(getTranslation("myRequests.title")));
        Map<String, ServiceOffer> services = requests.catalogue().stream()
                .collect(Collectors.toMap(ServiceOffer::code, Function.identity()));
        List<RequestSummary> mine = requests.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("myRequests.empty"));
            empty.setId("my-requests-empty");
            Anchor browse = new Anchor("services", getTranslation("myRequests.browse"));
            browse.addClassNames("portal-cta", "portal-cta-primary");
            add(empty, browse);
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
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myRequests.title");
    }
}
