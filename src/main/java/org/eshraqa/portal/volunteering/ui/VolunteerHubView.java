package org.eshraqa.portal.volunteering.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.volunteering.ApplicationAction;
import org.eshraqa.portal.volunteering.ApplicationState;
import org.eshraqa.portal.volunteering.ApplicationView;
import org.eshraqa.portal.volunteering.ChangedMeanwhile;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteeringRefused;

/**
 * The volunteering service (خدمة التطوع, P-8): a visitor learns what volunteers do and how to
 * start; a signed-in person applies, follows the application (its state, the interview, the
 * decision, messages with the coordinator) and, once active, reaches opportunities and hours.
 */
@Route("volunteer")
@Menu(order = 30, title = "nav.volunteer", icon = "vaadin:handshake")
@AnonymousAllowed
public class VolunteerHubView extends Div implements HasDynamicTitle {

    private final transient VolunteerApplications applications;
    private final transient Opportunities opportunities;

    public VolunteerHubView(VolunteerApplications applications, Opportunities opportunities,
                            AuthenticationContext authentication) {
        this.applications = applications;
        this.opportunities = opportunities;
        addClassNames("portal-page", "portal-medium");
        setId("volunteer-hub");
        if (authentication.isAuthenticated()) {
            render();
        } else {
            visitor();
        }
    }

    private void visitor() {
        add(new H1(getTranslation("volunteer.title")), lead("volunteer.lead"), areas());
        Anchor register = new Anchor("register", getTranslation("volunteer.visitor.register"));
        register.setRouterIgnore(true);
        register.addClassNames("portal-cta", "portal-cta-primary");
        register.setId("volunteer-register");
        Anchor signIn = new Anchor("login", getTranslation("home.visitor.signIn"));
        signIn.setRouterIgnore(true);
        signIn.addClassName("portal-cta");
        Div actions = new Div(register, signIn);
        actions.addClassName("portal-cta-row");
        add(new Paragraph(getTranslation("volunteer.visitor.how")), actions);
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("volunteer.title")));
        applications.mine().ifPresentOrElse(this::application, () -> {
            add(lead("volunteer.lead"), areas(), startButton("volunteer.apply"));
        });
    }

    private void application(ApplicationView application) {
        if (application.state() == ApplicationState.DRAFT) {
            Paragraph draft = new Paragraph(getTranslation("volunteer.draft"));
            draft.setId("volunteer-draft");
            Anchor resume = new Anchor("volunteer/apply", getTranslation("volunteer.continue"));
            resume.addClassNames("portal-cta", "portal-cta-primary");
            resume.setId("volunteer-continue");
            add(draft, resume);
            return;
        }
        var state = VolunteerPanels.badge(application.state());
        state.setId("volunteer-state");
        Paragraph reference = new Paragraph(getTranslation("volunteer.reference", application.reference()));
        reference.addClassName("portal-hint");
        Paragraph next = new Paragraph(getTranslation("volunteerNext." + application.state().name()));
        next.setId("volunteer-next");
        Section status = card("volunteer-status", "volunteer.status.title", reference, state, next);
        if (application.decisionReason() != null) {
            Paragraph reason = new Paragraph(application.decisionReason());
            reason.addClassName("portal-prewrap");
            reason.setId("decision-reason");
            status.add(new H2(getTranslation("volunteer.decision.reason")), reason);
        }
        add(status);
        if (application.state() == ApplicationState.ACTIVE) {
            add(activeLinks());
        }
        if (application.state() == ApplicationState.INTERVIEW && application.interviewAt() != null) {
            add(VolunteerPanels.interview(application));
        }
        if (application.actions().contains(ApplicationAction.WITHDRAW)) {
            Button withdraw = new Button(getTranslation("volunteer.withdraw"), e -> confirmWithdraw(application));
            withdraw.setId("volunteer-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            status.add(withdraw);
        }
        if (application.state().isClosed()) {
            status.add(startButton("volunteer.applyAgain"));
        }
        boolean open = !application.state().isClosed();
        add(VolunteerPanels.thread(application.messages(), open,
                        text -> applications.postMessage(application.id(), text), this::render),
                VolunteerPanels.profile(application.profile(), false),
                VolunteerPanels.documents(application.documents(), id -> applications.document(application.id(), id)),
                card("volunteer-timeline", "volunteer.timeline.title", VolunteerPanels.timeline(application.timeline())));
    }

    private Section activeLinks() {
        var hours = opportunities.myHours();
        Paragraph total = new Paragraph(getTranslation("volunteer.hours.total", hours.confirmedHoursText()));
        total.setId("volunteer-hours-total");
        Anchor browse = new Anchor("volunteer/opportunities", getTranslation("volunteer.opportunities.browse"));
        browse.addClassNames("portal-cta", "portal-cta-primary");
        browse.setId("browse-opportunities");
        Anchor mine = new Anchor("volunteer/hours", getTranslation("volunteer.hours.open"));
        mine.addClassName("portal-cta");
        mine.setId("open-hours");
        Div actions = new Div(browse, mine);
        actions.addClassName("portal-cta-row");
        return card("volunteer-active", "volunteer.active.title", total, actions);
    }

    private Button startButton(String labelKey) {
        Button start = new Button(getTranslation(labelKey), e -> {
            try {
                applications.startDraft();
                getUI().ifPresent(ui -> ui.navigate("volunteer/apply"));
            } catch (VolunteeringRefused refused) {
                Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
                render();
            }
        });
        start.setId("volunteer-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return start;
    }

    private void confirmWithdraw(ApplicationView application) {
        DestructiveConfirm.open("withdraw-application-confirm", getTranslation("volunteer.withdraw"),
                getTranslation("volunteer.withdraw.confirm"), getTranslation("volunteer.withdraw.yes"),
                () -> withdraw(application));
    }

    private void withdraw(ApplicationView application) {
        try {
            applications.withdraw(application.id(), application.version());
            Panels.show("volunteer.withdrawn", NotificationVariant.LUMO_SUCCESS);
        } catch (VolunteeringRefused refused) {
            Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (ChangedMeanwhile changed) {
            Panels.show("error.concurrentChange", NotificationVariant.LUMO_CONTRAST);
        }
        render();
    }

    private Paragraph lead(String key) {
        Paragraph lead = new Paragraph(getTranslation(key));
        lead.addClassName("portal-lead");
        return lead;
    }

    private Section areas() {
        UnorderedList list = new UnorderedList();
        for (Interest interest : Interest.values()) {
            list.add(new ListItem(getTranslation("interest." + interest.name()) + " — "
                    + getTranslation("interest." + interest.name() + ".text")));
        }
        return card("volunteer-areas", "volunteer.areas.title", list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.title");
    }
}
