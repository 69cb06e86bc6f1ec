package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.TreeSet;
import org.eshraqa.portal.shared.PortalPrincipal;

/**
 * The first page. Visitors learn what the portal offers and how to start; a signed-in person sees
 * a greeting and one card per role they hold, saying what that role can do here.
 */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication) {
        addClassName("portal-page");
        setId("home");
        authentication.getAuthenticatedUser(Object.class).ifPresentOrElse(
                principal -> signedIn(principal, authentication.getGrantedRoles()),
                this::visitor);
    }

    private void visitor() {
        Section hero = new Section();
        hero.addClassName("portal-hero");
        hero.add(new H1(getTranslation("home.visitor.title")), new Paragraph(getTranslation("home.visitor.lead")));
        Anchor register = new Anchor("register", getTranslation("home.visitor.register"));
        register.addClassNames("portal-cta", "portal-cta-primary");
        register.setId("home-register");
        Anchor signIn = new Anchor("login", getTranslation("home.visitor.signIn"));
        signIn.addClassName("portal-cta");
        Div actions = new Div(register, signIn);
        actions.addClassName("portal-cta-row");
        hero.add(actions);
        add(hero);
        Div cards = new Div(card("home.visitor.card.apply"), card("home.visitor.card.track"),
                card("home.visitor.card.rate"), card("home.visitor.card.volunteer"));
        cards.addClassName("portal-cards");
        add(cards);
    }

    private void signedIn(Object principal, java.util.Collection<String> grantedRoles) {
        String name = principal instanceof PortalPrincipal p ? p.displayName() : "";
        H1 greeting = new H1(getTranslation("home.greeting", name));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.signedIn.lead")));
        Div cards = new Div();
        cards.addClassName("portal-cards");
        // Vaadin strips the ROLE_ prefix; sort for a stable order.
        for (String role : new TreeSet<>(grantedRoles)) {
            cards.add(card("home.role." + role));
        }
        add(cards);
    }

    private Component card(String key) {
        Section card = new Section(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        card.addClassName("portal-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
