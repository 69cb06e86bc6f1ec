package org.eshraqa.portal.surveys.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.surveys.MySurvey;
import org.eshraqa.portal.surveys.Surveys;

/** The signed-in person's surveys still waiting for an answer: where the bell's invitation leads. */
@Route("surveys")
@PermitAll
public class MySurveysView extends Div implements HasDynamicTitle {

    public MySurveysView(Surveys surveys) {
        addClassNames("portal-page", "portal-medium");
        setId("my-surveys-view");
        Paragraph lead = new Paragraph(getTranslation("mySurveys.lead"));
        lead.addClassName("portal-lead");
        add(new H1(getTranslation("mySurveys.title")), lead);
        List<MySurvey> open = surveys.mine();
        if (open.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("mySurveys.empty"));
            empty.setId("my-surveys-empty");
            empty.addClassName("portal-hint");
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("my-surveys");
        list.addClassName("portal-entry-list");
        for (MySurvey survey : open) {
            Anchor rate = new Anchor(survey.route(), getTranslation("mySurveys.rate"));
            rate.setRouterIgnore(true);
            rate.addClassNames("portal-cta", "portal-cta-primary");
            Span what = new Span(getTranslation("surveyTrigger." + survey.trigger().name()));
            Span until = new Span(getTranslation("mySurveys.until", PortalDates.both(survey.expiresAt(), getLocale())));
            until.addClassName("portal-hint");
            ListItem item = new ListItem(new Div(what, new Div(until)), rate);
            item.addClassName("portal-entry");
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mySurveys.title");
    }
}
