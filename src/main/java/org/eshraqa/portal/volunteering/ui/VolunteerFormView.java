package org.eshraqa.portal.volunteering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.eshraqa.portal.shared.casefile.ui.CaseForm;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.volunteering.ApplicationReceipt;
import org.eshraqa.portal.volunteering.ApplicationState;
import org.eshraqa.portal.volunteering.ApplicationView;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteeringRefused;

/**
 * Applying to volunteer from home: the form, saved as it is filled in, and the consent that sends
 * it. Opening it starts a draft if there is none; an application already sent shows on the
 * volunteering page instead.
 */
@Route("volunteer/apply")
@PermitAll
public class VolunteerFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient VolunteerApplications applications;

    public VolunteerFormView(VolunteerApplications applications) {
        this.applications = applications;
        addClassNames("portal-page", "portal-medium");
        setId("volunteer-form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApplicationView application;
        try {
            long id = applications.startDraft();
            application = applications.mine().filter(a -> a.id() == id).orElseThrow();
        } catch (VolunteeringRefused alreadySent) {
            event.forwardTo(VolunteerHubView.class);
            return;
        }
        if (application.state() != ApplicationState.DRAFT) {
            event.forwardTo(VolunteerHubView.class);
            return;
        }
        removeAll();
        Paragraph lead = new Paragraph(getTranslation("volunteer.form.lead"));
        lead.addClassName("portal-lead");
        VolunteerForm form = new VolunteerForm(applications, application);
        add(new H1(getTranslation("volunteer.form.title")), lead, form, submitPanel(application, form),
                new Paragraph(new Anchor("volunteer", getTranslation("volunteer.back"))));
    }

    private Section submitPanel(ApplicationView application, VolunteerForm form) {
        Checkbox consent = new Checkbox(getTranslation("volunteer.consent"));
        consent.setId("volunteer-consent");
        Anchor privacy = new Anchor("privacy", getTranslation("nav.privacy"));
        privacy.setRouterIgnore(true);
        privacy.setTarget("_blank");
        Paragraph error = CaseForm.errorLine("volunteer-form-error");
        Button submit = CaseForm.submitButton("volunteer-submit", "volunteer.submit", form, error, () -> {
            ApplicationReceipt receipt = applications.submit(application.id(), consent.getValue());
            Panels.show("volunteer.submitted", NotificationVariant.LUMO_SUCCESS, receipt.reference());
            getUI().ifPresent(ui -> ui.navigate(VolunteerHubView.class));
        }, errors -> {
            consent.setInvalid(errors.containsKey("consent"));
            return errors.containsKey("consent") ? consent : null;
        });
        Section panel = new Section(new H2(getTranslation("volunteer.consent.title")),
                new Paragraph(getTranslation("volunteer.consent.text")), new Paragraph(privacy), consent, error,
                submit);
        panel.addClassName("portal-card");
        panel.setId("volunteer-declaration");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.form.title");
    }
}
