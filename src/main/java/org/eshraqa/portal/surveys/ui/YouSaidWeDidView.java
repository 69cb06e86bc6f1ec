package org.eshraqa.portal.surveys.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.surveys.ActionView;
import org.eshraqa.portal.surveys.ImprovementActions;

/**
 * "You said, we did" (P-7.2, P-7.5): what the association changed because of people's ratings,
 * for everyone to read, so that rating is seen to matter.
 */
@Route("you-said-we-did")
@Menu(order = 17, title = "nav.youSaidWeDid", icon = "vaadin:comments-o")
@AnonymousAllowed
public class YouSaidWeDidView extends Div implements HasDynamicTitle {

    public YouSaidWeDidView(ImprovementActions actions) {
        addClassNames("portal-page", "portal-medium");
        setId("you-said-we-did");
        Paragraph lead = new Paragraph(getTranslation("youSaid.lead"));
        lead.addClassName("portal-lead");
        add(new H1(getTranslation("youSaid.title")), lead);
        List<ActionView> published = actions.published();
        if (published.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("youSaid.empty"));
            empty.setId("you-said-empty");
            empty.addClassName("portal-hint");
            add(empty);
        }
        Locale locale = getLocale();
        for (ActionView action : published) {
            Section card = new Section(new H2(action.title(locale)));
            card.addClassName("portal-card");
            card.setId("action-" + action.id());
            Paragraph said = new Paragraph(action.said(locale));
            said.addClassName("portal-prewrap");
            Paragraph did = new Paragraph(action.did(locale));
            did.addClassName("portal-prewrap");
            Paragraph when = new Paragraph(getTranslation("youSaid.publishedOn",
                    PortalDates.both(action.publishedAt(), locale)));
            when.addClassName("portal-hint");
            card.add(new H3(getTranslation("youSaid.said")), said, new H3(getTranslation("youSaid.did")), did, when);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("youSaid.title");
    }
}
