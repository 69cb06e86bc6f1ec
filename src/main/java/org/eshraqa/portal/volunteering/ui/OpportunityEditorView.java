package org.eshraqa.portal.volunteering.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.MultiSelects;
import org.eshraqa.portal.shared.ui.DateInputs;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.volunteering.Attendance;
import org.eshraqa.portal.volunteering.ChangedMeanwhile;
import org.eshraqa.portal.volunteering.EnrolmentRow;
import org.eshraqa.portal.volunteering.EnrolmentState;
import org.eshraqa.portal.volunteering.Hours;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.OpportunityAction;
import org.eshraqa.portal.volunteering.OpportunityDraft;
import org.eshraqa.portal.volunteering.OpportunityState;
import org.eshraqa.portal.volunteering.OpportunityView;
import org.eshraqa.portal.volunteering.Skill;
import org.eshraqa.portal.volunteering.VolunteeringNotFound;
import org.eshraqa.portal.volunteering.VolunteeringRefused;

/**
 * Publishing or changing an opportunity, and working its volunteers: accept or decline those who
 * applied, mark attendance once it has started, confirm or correct the hours they logged. What was
 * typed stays when the service refuses it.
 */
@Route("staff/opportunities/:opportunityId")
@RouteAlias("staff/opportunities/new")
@RolesAllowed("VOLUNTEER_COORDINATOR")
public class OpportunityEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Opportunities opportunities;
    private OpportunityView current;

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Interest> interest = new ComboBox<>();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>();
    private final TextField location = new TextField();
    private final IntegerField seats = new IntegerField();
    private final MultiSelectComboBox<Skill> skills = MultiSelects.localise(new MultiSelectComboBox<>());

    public OpportunityEditorView(Opportunities opportunities) {
        this.opportunities = opportunities;
        addClassNames("portal-page", "portal-medium");
        setId("opportunity-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("opportunityId").isEmpty()) {
            current = null;
        } else {
            long id = Panels.routeId(event, "opportunityId");
            try {
                current = opportunities.find(id);
            } catch (VolunteeringNotFound missing) {
                throw new NotFoundException();
            }
        }
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("staff/opportunities", getTranslation("opportunityAdmin.back"));
        add(back, new H1(current == null ? getTranslation("opportunityAdmin.new") : current.title()));
        boolean editable = current == null || current.actions().contains(OpportunityAction.EDIT);
        add(form(editable));
        if (current != null) {
            add(enrolments());
        }
    }

    private Component form(boolean editable) {
        title.setLabel(getTranslation("opportunity.title"));
        title.setId("opportunity-title");
        title.setMaxLength(150);
        title.setWidthFull();
        description.setLabel(getTranslation("opportunity.description"));
        description.setId("opportunity-description");
        description.setMaxLength(4000);
        description.setWidthFull();
        description.setMinHeight("7rem");
        interest.setLabel(getTranslation("opportunity.interest"));
        interest.setId("opportunity-interest");
        interest.setItems(Interest.values());
        interest.setItemLabelGenerator(i -> getTranslation("interest." + i.name()));
        for (DateTimePicker picker : new DateTimePicker[] {startsAt, endsAt}) {
            DateInputs.localise(picker);
            picker.setStep(Duration.ofMinutes(15));
            picker.setHelperText(getTranslation("volunteerCase.riyadhTime"));
        }
        startsAt.setLabel(getTranslation("opportunity.startsAt"));
        startsAt.setId("opportunity-start");
        endsAt.setLabel(getTranslation("opportunity.endsAt"));
        endsAt.setId("opportunity-end");
        mode.setLabel(getTranslation("opportunity.mode"));
        mode.setId("opportunity-mode");
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("meetingMode." + m.name()));
        location.setLabel(getTranslation("volunteerCase.location"));
        location.setId("opportunity-location");
        location.setHelperText(getTranslation("opportunity.location.help"));
        location.setMaxLength(300);
        location.setWidthFull();
        seats.setLabel(getTranslation("opportunity.seats"));
        seats.setId("opportunity-seats");
        seats.setMin(1);
        seats.setMax(500);
        seats.setStepButtonsVisible(true);
        skills.setLabel(getTranslation("opportunity.skills"));
        skills.setId("opportunity-skills");
        skills.setItems(Skill.values());
        skills.setItemLabelGenerator(s -> getTranslation("skill." + s.name()));
        if (current != null) {
            title.setValue(current.title());
            description.setValue(current.description());
            interest.setValue(current.interest());
            startsAt.setValue(LocalDateTime.ofInstant(current.startsAt(), PortalDates.zone()));
            endsAt.setValue(LocalDateTime.ofInstant(current.endsAt(), PortalDates.zone()));
            mode.setValue(current.mode());
            location.setValue(current.location());
            seats.setValue(current.seats());
            skills.setValue(current.requiredSkills());
        } else {
            mode.setValue(MeetingMode.IN_PERSON);
        }
        FormLayout layout = new FormLayout(title, interest, startsAt, endsAt, mode, seats, location, skills,
                description);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        layout.setColspan(title, 2);
        layout.setColspan(location, 2);
        layout.setColspan(description, 2);
        layout.setColspan(skills, 2);
        Div body = new Div(layout);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {title, description, interest, startsAt,
                endsAt, mode, location, seats, skills}) {
            field.setReadOnly(!editable);
        }
        if (editable) {
            Button save = new Button(getTranslation(current == null ? "opportunityAdmin.publish"
                    : "opportunityAdmin.save"), e -> save());
            save.setId("opportunity-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout buttons = new HorizontalLayout(save);
            if (current != null && current.actions().contains(OpportunityAction.CANCEL)) {
                Button cancel = new Button(getTranslation("opportunityAdmin.cancel"), e -> confirmCancel());
                cancel.setId("opportunity-cancel");
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                buttons.add(cancel);
            }
            body.add(buttons);
        } else if (current != null) {
            Paragraph locked = new Paragraph(getTranslation(current.state() == OpportunityState.CANCELLED
                    ? "opportunity.refused.cancelled" : "opportunity.refused.started"));
            locked.addClassName("portal-hint");
            body.add(locked);
        }
        return card("opportunity-form", "opportunityAdmin.details", body);
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("title", title, "description", description, "interest", interest, "startsAt", startsAt,
                "endsAt", endsAt, "mode", mode, "location", location, "seats", seats);
    }

    private void save() {
        OpportunityDraft draft = new OpportunityDraft(title.getValue(), description.getValue(), interest.getValue(),
                startsAt.getValue(), endsAt.getValue(), mode.getValue(), location.getValue(), seats.getValue(),
                skills.getValue());
        Panels.clearErrors(fields());
        try {
            if (current == null) {
                long id = opportunities.publish(draft);
                Panels.show("opportunityAdmin.published", NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("staff/opportunities/" + id));
            } else {
                opportunities.update(current.id(), current.version(), draft);
                Panels.show("opportunityAdmin.saved", NotificationVariant.LUMO_SUCCESS);
                current = opportunities.find(current.id());
                render();
            }
        } catch (InvalidInputException invalid) {
            var first = Panels.showErrors(invalid.fieldErrors(), fields());
            if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        } catch (VolunteeringRefused refused) {
            if (refused.messageKey().startsWith("opportunity.seats")) {
                seats.setErrorMessage(getTranslation(refused.messageKey()));
                seats.setInvalid(true);
            } else {
                Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
            }
        } catch (ChangedMeanwhile changed) {
            // Keep what was typed; say what happened. Reloading would lose it.
            Panels.show("opportunityAdmin.changedMeanwhile", NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirmCancel() {
        DestructiveConfirm.open("cancel-opportunity-confirm", getTranslation("opportunityAdmin.cancel"),
                getTranslation("opportunityAdmin.cancel.confirm", current.seatsTaken()),
                getTranslation("opportunityAdmin.cancel.yes"), this::cancelOpportunity);
    }

    private void cancelOpportunity() {
        try {
            opportunities.cancel(current.id(), current.version());
            Panels.show("opportunityAdmin.cancelled", NotificationVariant.LUMO_SUCCESS);
        } catch (VolunteeringRefused refused) {
            Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (ChangedMeanwhile changed) {
            Panels.show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
        }
        current = opportunities.find(current.id());
        render();
    }

    // ---------------------------------------------------------------- volunteers

    /** One entry per volunteer, with the steps allowed now; a list rather than a grid, so it reads on a phone. */
    private Component enrolments() {
        Div list = new Div();
        list.setId("enrolments-list");
        var rows = opportunities.enrolments(current.id());
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("opportunityAdmin.noVolunteers"));
            none.addClassName("portal-hint");
            none.setId("no-volunteers");
            list.add(none);
        }
        for (EnrolmentRow row : rows) {
            Div entry = new Div();
            entry.addClassName("portal-commitment");
            entry.setId("enrolment-" + row.id());
            // An erased volunteer's name is gone: say so rather than leave a blank.
            H3 name = new H3(row.volunteerName() == null || row.volunteerName().isBlank()
                    ? getTranslation("person.erased") : row.volunteerName());
            Paragraph applied = new Paragraph(getTranslation("opportunityAdmin.appliedAt") + ": "
                    + PortalDates.dateTime(row.appliedAt(), getLocale()));
            applied.addClassName("portal-hint");
            entry.add(name, VolunteerPanels.badge(row.state(), true), applied);
            String hours = hoursText(row);
            if (!hours.isEmpty()) {
                entry.add(new Paragraph(hours));
            }
            entry.add(rowActions(row));
            list.add(entry);
        }
        return card("enrolments", "opportunityAdmin.volunteers", list);
    }

    private String hoursText(EnrolmentRow row) {
        if (row.confirmedMinutes() != null) {
            return getTranslation("volunteer.hours.confirmed", Hours.text(row.confirmedMinutes()));
        }
        if (row.attendance() == Attendance.ABSENT) {
            return getTranslation("attendance.ABSENT");
        }
        if (row.loggedMinutes() != null) {
            return getTranslation("volunteer.hours.logged.staff", Hours.text(row.loggedMinutes()))
                    + (row.loggedNote() == null ? "" : " — " + row.loggedNote());
        }
        return row.attendance() == null ? "" : getTranslation("attendance." + row.attendance().name());
    }

    private Component rowActions(EnrolmentRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        actions.setWrap(true);
        boolean started = current.actions().contains(OpportunityAction.RECORD_ATTENDANCE);
        if (row.state() == EnrolmentState.APPLIED) {
            actions.add(small("accept-" + row.id(), "opportunityAdmin.accept", true,
                    () -> act(() -> opportunities.accept(row.id(), row.version()))));
        }
        if (row.state().holdsSeat() && row.confirmedMinutes() == null) {
            actions.add(small("decline-" + row.id(), "opportunityAdmin.decline", false, () -> {
                DestructiveConfirm.open("decline-confirm", getTranslation("opportunityAdmin.decline"),
                        getTranslation("opportunityAdmin.decline.confirm", row.volunteerName()),
                        getTranslation("opportunityAdmin.decline"),
                        () -> act(() -> opportunities.decline(row.id(), row.version())));
            }));
        }
        if (row.state() == EnrolmentState.ACCEPTED && started && row.confirmedMinutes() == null) {
            if (row.attendance() != Attendance.ABSENT) {
                actions.add(small("absent-" + row.id(), "opportunityAdmin.absent", false,
                        () -> act(() -> opportunities.markAttendance(row.id(), row.version(), Attendance.ABSENT))));
            }
            actions.add(small("confirm-" + row.id(), "opportunityAdmin.confirmHours", true, () -> confirmHours(row)));
        }
        return actions;
    }

    private void confirmHours(EnrolmentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("opportunityAdmin.confirmHours.title", row.volunteerName()));
        BigDecimalField hours = new BigDecimalField(getTranslation("volunteer.hours.field"));
        hours.setId("confirm-hours-value");
        hours.setHelperText(getTranslation("volunteer.hours.field.help", Hours.text(current.minutes())));
        hours.setValue(new BigDecimal(Hours.text(row.loggedMinutes() != null ? row.loggedMinutes()
                : current.minutes())));
        Paragraph logged = new Paragraph(row.loggedMinutes() == null ? getTranslation("opportunityAdmin.notLogged")
                : getTranslation("volunteer.hours.logged.staff", Hours.text(row.loggedMinutes())));
        logged.addClassName("portal-hint");
        Button save = new Button(getTranslation("opportunityAdmin.confirmHours"), e -> {
            try {
                opportunities.confirmHours(row.id(), row.version(), hours.getValue());
                dialog.close();
                Panels.show("opportunityAdmin.hoursConfirmed", NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), Map.of("hours", hours));
            } catch (VolunteeringRefused refused) {
                hours.setErrorMessage(getTranslation(refused.messageKey()));
                hours.setInvalid(true);
            } catch (ChangedMeanwhile changed) {
                dialog.close();
                Panels.show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
                render();
            }
        });
        save.setId("confirm-hours-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(logged, hours);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(30rem, 95vw)");
        dialog.open();
    }

    private Button small(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Panels.show("case.done", NotificationVariant.LUMO_SUCCESS);
        } catch (VolunteeringRefused refused) {
            Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (ChangedMeanwhile changed) {
            Panels.show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
        }
        current = opportunities.find(current.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunityAdmin.title");
    }
}
