package org.eshraqa.portal.volunteering.ui;

import static org.eshraqa.portal.shared.casefile.ui.CaseFilePanels.button;
import static org.eshraqa.portal.shared.ui.Panels.card;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.eshraqa.portal.shared.casefile.ui.CaseFilePanels;
import org.eshraqa.portal.shared.ui.DateInputs;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.volunteering.ApplicationAction;
import org.eshraqa.portal.volunteering.ApplicationView;
import org.eshraqa.portal.volunteering.ChangedMeanwhile;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.StaffApplicationView;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteeringRefused;

/**
 * The coordinator's mirror of a volunteer application: everything the volunteer sees, plus
 * internal notes, the audit trail and the steps allowed now — start the review, schedule or move
 * the interview, accept or reject with a reason, activate.
 */
@Route("staff/volunteers/:applicationId")
@RolesAllowed("VOLUNTEER_COORDINATOR")
public class ApplicationCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient VolunteerApplications applications;
    private long applicationId;
    private StaffApplicationView view;

    public ApplicationCaseView(VolunteerApplications applications) {
        this.applications = applications;
        addClassNames("portal-page", "portal-medium");
        setId("volunteer-case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = Panels.routeId(event, "applicationId");
        render(applications.findForStaff(applicationId).orElseThrow(NotFoundException::new));
    }

    private void reload() {
        applications.findForStaff(applicationId).ifPresent(this::render);
    }

    private void render(StaffApplicationView staff) {
        this.view = staff;
        removeAll();
        ApplicationView application = staff.mirror();
        Anchor back = new Anchor("staff/volunteers", getTranslation("volunteerQueue.back"));
        back.setId("back-to-queue");
        var state = VolunteerPanels.badge(application.state());
        state.setId("volunteer-state");
        add(back, new H1(getTranslation("volunteerCase.title", application.reference())), state, actions(staff));
        if (application.interviewAt() != null) {
            add(VolunteerPanels.interview(application));
        }
        if (application.decisionReason() != null) {
            add(card("decision-reason", "volunteer.decision.reason", new Paragraph(application.decisionReason())));
        }
        add(VolunteerPanels.profile(application.profile(), true),
                VolunteerPanels.documents(application.documents(), id -> applications.document(applicationId, id)),
                VolunteerPanels.thread(application.messages(), !application.state().isClosed(),
                        text -> applications.postMessage(applicationId, text), this::reload, true),
                CaseFilePanels.notes(staff.notes(), text -> applications.addNote(applicationId, text), this::reload),
                CaseFilePanels.audit(staff.audit().stream().map(line -> new CaseFilePanels.AuditLine(line.at(),
                        line.actorName(), line.from() == line.to() ? getTranslation("volunteer.timeline.rescheduled")
                        : CaseFilePanels.move(line.from() == null ? null
                                : getTranslation("volunteerState." + line.from().name()),
                                getTranslation("volunteerState." + line.to().name())),
                        line.note(), line.internalNote())).toList()));
    }

    private Component actions(StaffApplicationView staff) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.setId("case-actions");
        bar.addClassName("portal-actions");
        Set<ApplicationAction> actions = staff.actions();
        long version = staff.mirror().version();
        if (actions.contains(ApplicationAction.START_REVIEW)) {
            bar.add(button("start-review", "volunteerCase.startReview", true,
                    () -> act(() -> applications.startReview(applicationId, version))));
        }
        if (actions.contains(ApplicationAction.SCHEDULE_INTERVIEW)) {
            bar.add(button("schedule-interview", staff.mirror().interviewAt() == null ? "volunteerCase.schedule"
                    : "volunteerCase.reschedule", false, this::interviewDialog));
        }
        if (actions.contains(ApplicationAction.DECIDE)) {
            bar.add(button("decide", "volunteerCase.decide", true, this::decideDialog));
        }
        if (actions.contains(ApplicationAction.ACTIVATE)) {
            bar.add(button("activate", "volunteerCase.activate", true, () -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("volunteerCase.activate"),
                        getTranslation("volunteerCase.activate.confirm"), getTranslation("case.confirm.ok"),
                        e -> act(() -> applications.activate(applicationId, version)));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.open();
            }));
        }
        if (actions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("case.noActions"));
            none.addClassName("portal-hint");
            none.setId("case-no-actions");
            bar.add(none);
        }
        return card("case-actions-card", "case.actions", bar);
    }

    private void interviewDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("volunteerCase.schedule"));
        DateTimePicker at = new DateTimePicker(getTranslation("volunteer.interview.when"));
        at.setId("interview-at");
        DateInputs.localise(at);
        at.setStep(Duration.ofMinutes(15));
        at.setMin(LocalDateTime.now(PortalDates.ZONE));
        at.setHelperText(getTranslation("volunteerCase.riyadhTime"));
        if (view.mirror().interviewAt() != null) {
            at.setValue(LocalDateTime.ofInstant(view.mirror().interviewAt(), PortalDates.ZONE));
        }
        RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>(getTranslation("volunteer.interview.mode"));
        mode.setId("interview-mode");
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("meetingMode." + m.name()));
        mode.setValue(view.mirror().interviewMode() == null ? MeetingMode.IN_PERSON : view.mirror().interviewMode());
        TextField location = new TextField(getTranslation("volunteerCase.location"));
        location.setId("interview-location");
        location.setHelperText(getTranslation("volunteerCase.location.help"));
        location.setMaxLength(300);
        location.setWidthFull();
        if (view.mirror().interviewLocation() != null) {
            location.setValue(view.mirror().interviewLocation());
        }
        Button save = new Button(getTranslation("volunteerCase.schedule.save"), e -> {
            try {
                applications.scheduleInterview(applicationId, view.mirror().version(), at.getValue(), mode.getValue(),
                        location.getValue());
                dialog.close();
                Panels.show("case.done", NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), Map.of("interviewAt", at, "interviewMode", mode,
                        "interviewLocation", location));
            } catch (VolunteeringRefused refused) {
                location.setErrorMessage(getTranslation(refused.messageKey()));
                location.setInvalid(true);
            } catch (ChangedMeanwhile changed) {
                dialog.close();
                CaseFilePanels.changedMeanwhile(this::reload);
            }
        });
        save.setId("interview-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(at, mode, location);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void decideDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("volunteerCase.decide"));
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("case.decide.outcome"));
        outcome.setId("decide-outcome");
        outcome.setItems(Boolean.TRUE, Boolean.FALSE);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "volunteerCase.accept" : "volunteerCase.reject"));
        TextArea reason = Panels.longText("decide-reason", "volunteerCase.reason", "volunteerCase.reason.help");
        TextArea internal = Panels.longText("decide-internal", "volunteerCase.internalNote", "case.notes.hint");
        Button record = new Button(getTranslation("case.decide.record"), e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("field.required"));
                outcome.setInvalid(true);
                return;
            }
            try {
                applications.decide(applicationId, view.mirror().version(), outcome.getValue(), reason.getValue(),
                        internal.getValue());
                dialog.close();
                Panels.show("case.done", NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), Map.of("reason", reason, "internalNote", internal));
            } catch (VolunteeringRefused refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            } catch (ChangedMeanwhile changed) {
                dialog.close();
                CaseFilePanels.changedMeanwhile(this::reload);
            }
        });
        record.setId("decide-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(outcome, reason, internal);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), record);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void act(Runnable step) {
        CaseFilePanels.act(step, "case.done", this::reload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteerCase.pageTitle");
    }
}
