package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;

/**
 * The service catalogue: what the association offers, who can apply for each service and which
 * documents it needs.
 */
@Route("services")
@Menu(order = 10, title = "nav.services", icon = "vaadin:heart")
@AnonymousAllowed
public class ServicesView extends Div implements HasDynamicTitle {

    public ServicesView(SupportRequests requests, AuthenticationContext authentication) {
        addClassName("portal-page");
        setId("services-view");
        add(new H1(getTranslation("services.title")), new Paragraph(getTranslation("services.lead")));
        boolean beneficiary = authentication.hasRole("BENEFICIARY");
        boolean signedIn = authentication.isAuthenticated();
        Div cards = new Div();
        cards.addClassName("portal-cards");
        for (ServiceOffer offer : requests.catalogue()) {
            Section card = new Section();
            card.addClassName("portal-card");
            card.add(new H2(offer.name(getLocale())), new Paragraph(offer.description(getLocale())));
            offer.eligibility(getLocale()).ifPresent(text -> {
                H3 heading = new H3(getTranslation("services.eligibility"));
                Paragraph who = new Paragraph(text);
                who.setId("eligibility-" + offer.code());
                card.add(heading, who);
            });
            card.add(new H3(getTranslation("services.documents")));
            UnorderedList documents = new UnorderedList();
            for (DocumentType document : offer.requiredDocuments()) {
                documents.add(new ListItem(getTranslation("document." + document.name())));
            }
            card.add(documents);
            if (beneficiary) {
                Anchor apply = new Anchor("requests/new/" + offer.code(), getTranslation("services.apply"));
                apply.addClassNames("portal-cta", "portal-cta-primary");
                apply.setId("apply-" + offer.code());
                card.add(apply);
            } else if (!signedIn) {
                Anchor register = new Anchor("register", getTranslation("services.registerToApply"));
                register.setRouterIgnore(true);
                register.addClassName("portal-cta");
                card.add(register);
            }
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("services.title");
    }
}
