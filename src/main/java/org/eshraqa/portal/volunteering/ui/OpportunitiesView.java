package org.eshraqa.portal.volunteering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.volunteering.ChangedMeanwhile;
import org.eshraqa.portal.volunteering.EnrolmentState;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.OpportunityCard;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteeringNotFound;
import org.eshraqa.portal.volunteering.VolunteeringRefused;

/**
 * Upcoming opportunities for an active volunteer: those that ask for skills they have and fall in
 * their weekly availability first. One click takes a seat; withdrawing gives it back (with a
 * confirmation). Anyone who is not an active volunteer is sent to the volunteering page.
 */
@Route("volunteer/opportunities")
@PermitAll
public class OpportunitiesView extends Div implements HasDynamicTitle {

    private final transient Opportunities opportunities;
    private final Div list = new Div();

    public OpportunitiesView(Opportunities opportunities, VolunteerApplications applications) {
        this.opportunities = opportunities;
        addClassNames("portal-page", "portal-medium");
        setId("opportunities-view");
        add(new H1(getTranslation("volunteer.opportunities.title")));
        if (!applications.isActiveVolunteer()) {
            Paragraph notActive = new Paragraph(getTranslation("volunteer.notActive"));
            notActive.setId("not-active");
            add(notActive, new Paragraph(new Anchor("volunteer", getTranslation("volunteer.back"))));
            return;
        }
        Paragraph lead = new Paragraph(getTranslation("volunteer.opportunities.lead"));
        lead.addClassName("portal-lead");
        list.setId("opportunity-list");
        add(lead, list, new Paragraph(new Anchor("volunteer/hours", getTranslation("volunteer.hours.open"))));
        render();
    }

    private void render() {
        list.removeAll();
        List<OpportunityCard> offers = opportunities.offers();
        if (offers.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("volunteer.opportunities.empty"));
            empty.setId("opportunities-empty");
            empty.addClassName("portal-hint");
            list.add(empty);
        }
        offers.forEach(card -> list.add(card(card)));
    }

    private Section card(OpportunityCard card) {
        var o = card.opportunity();
        Section section = new Section(new H2(o.title()));
        section.addClassName("portal-card");
        section.setId("opportunity-" + o.id());
        Div badges = new Div();
        badges.addClassName("portal-badges");
        if (card.matchesSkills() && card.fitsAvailability()) {
            badges.add(badge("volunteer.opportunity.fits", "badge success"));
        } else if (card.matchesSkills()) {
            badges.add(badge("volunteer.opportunity.skillsOnly", "badge"));
        } else if (card.fitsAvailability()) {
            badges.add(badge("volunteer.opportunity.timeOnly", "badge"));
        }
        if (card.myState() != null) {
            badges.add(VolunteerPanels.badge(card.myState(), false));
        }
        Paragraph description = new Paragraph(o.description());
        description.addClassName("portal-prewrap");
        section.add(badges, VolunteerPanels.opportunitySummary(o), description);
        if (card.applied()) {
            Button withdraw = new Button(getTranslation("volunteer.opportunity.withdraw"), e -> confirmWithdraw(card));
            withdraw.setId("withdraw-" + o.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            section.add(withdraw);
        } else if (card.myState() == null || card.myState() == EnrolmentState.WITHDRAWN) {
            if (o.seatsLeft() > 0) {
                Button apply = new Button(getTranslation("volunteer.opportunity.apply"), e -> apply(o.id()));
                apply.setId("apply-" + o.id());
                apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                apply.setDisableOnClick(true);
                section.add(apply);
            } else {
                section.add(new Paragraph(getTranslation("opportunity.full")));
            }
        }
        return section;
    }

    private static Span badge(String key, String theme) {
        Span badge = new Span(Panels.t(key));
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }

    private void apply(long opportunityId) {
        try {
            opportunities.apply(opportunityId);
            Panels.show("volunteer.opportunity.applied", NotificationVariant.LUMO_SUCCESS);
        } catch (VolunteeringRefused refused) {
            Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (VolunteeringNotFound gone) {
            Panels.show("volunteer.opportunity.gone", NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    private void confirmWithdraw(OpportunityCard card) {
        DestructiveConfirm.open("withdraw-opportunity-confirm", getTranslation("volunteer.opportunity.withdraw"),
                getTranslation("volunteer.opportunity.withdraw.confirm", card.opportunity().title()),
                getTranslation("volunteer.opportunity.withdraw.yes"), () -> withdraw(card));
    }

    private void withdraw(OpportunityCard card) {
        try {
            opportunities.withdraw(card.enrolmentId(), card.enrolmentVersion());
            Panels.show("volunteer.opportunity.withdrawn", NotificationVariant.LUMO_SUCCESS);
        } catch (VolunteeringRefused refused) {
            Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (ChangedMeanwhile changed) {
            Panels.show("error.concurrentChange", NotificationVariant.LUMO_CONTRAST);
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.opportunities.title");
    }
}
