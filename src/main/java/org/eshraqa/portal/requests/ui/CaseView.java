package org.eshraqa.portal.requests.ui;

import static org.eshraqa.portal.shared.casefile.ui.CaseFilePanels.button;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.eshraqa.portal.requests.ApplicantAction;
import org.eshraqa.portal.requests.BeneficiaryRequestView;
import org.eshraqa.portal.requests.ConcurrentChange;
import org.eshraqa.portal.requests.FormSection;
import org.eshraqa.portal.requests.RequestClaims;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.StaffAction;
import org.eshraqa.portal.requests.StaffRequestView;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.TransitionRefused;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.casefile.ui.CaseFilePanels;
import org.eshraqa.portal.shared.ui.Panels;

/**
 * The staff mirror of a request: everything its beneficiary sees, then the verification
 * checklist (P-10.2), the social study, internal notes, the audit trail, and the actions this
 * person's roles allow in this state. Every action carries the version it was shown, so a change
 * someone else made meanwhile is reported, not overwritten.
 */
@Route("staff/requests/:requestId")
@RolesAllowed({"RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "COMMITTEE_MEMBER"})
public class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupportRequests requests;
    private final transient RequestClaims claims;
    /** The text and WhatsApp messages of the request (messaging module), under the actions. */
    private final transient java.util.List<org.eshraqa.portal.shared.ui.MessagesContribution> messages;
    private final transient Clock clock;
    private long requestId;
    private StaffRequestView view;

    public CaseView(SupportRequests requests, RequestClaims claims, Clock clock,
                    java.util.List<org.eshraqa.portal.shared.ui.MessagesContribution> messages) {
        this.messages = messages;
        this.requests = requests;
        this.claims = claims;
        this.clock = clock;
        addClassNames("portal-page", "portal-medium");
        setId("case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = Panels.routeId(event, "requestId");
        StaffRequestView found = requests.findForStaff(requestId).orElseThrow(NotFoundException::new);
        if (found.actions().contains(StaffAction.EDIT_DRAFT)) {
            event.forwardTo("staff/requests/" + requestId + "/edit");
            return;
        }
        render(found);
    }

    private void reload() {
        requests.findForStaff(requestId).ifPresent(this::render);
    }

    private void render(StaffRequestView staff) {
        this.view = staff;
        removeAll();
        BeneficiaryRequestView request = staff.mirror();
        ServiceOffer service = requests.catalogue().stream().filter(s -> s.code().equals(request.serviceCode()))
                .findFirst().orElse(null);
        Anchor back = new Anchor("staff/requests", getTranslation("case.back"));
        back.setId("back-to-queue");
        H1 title = new H1(getTranslation("requestDetail.title", request.reference() == null ? "" : request.reference()));
        Paragraph serviceName = new Paragraph(service == null ? request.serviceCode() : service.name(getLocale()));
        serviceName.addClassName("portal-hint");
        RequestStateBadge state = new RequestStateBadge(request.state(), true);
        state.setId("request-state");
        add(back, title, serviceName, state);
        if (!staff.claimed()) {
            Paragraph unclaimed = new Paragraph(getTranslation("case.unclaimed"));
            unclaimed.setId("case-unclaimed");
            unclaimed.addClassName("portal-hint");
            add(unclaimed);
        }
        Paragraph assignee = new Paragraph(staff.assigneeName() == null ? getTranslation("case.noAssignee")
                : getTranslation("case.assignee", staff.assigneeName()));
        assignee.setId("case-assignee");
        add(assignee);
        if (request.expectedDecisionDate() != null && request.state().isOpen()) {
            long days = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(PortalDates.ZONE)),
                    request.expectedDecisionDate());
            Paragraph due = new Paragraph(getTranslation("request.expectedDecision",
                    PortalDates.both(request.expectedDecisionDate(), getLocale())) + " — "
                    + (days < 0 ? getTranslation("queue.overdue", -days) : getTranslation("queue.days", days)));
            due.setId("days-left");
            if (days < 0) {
                due.addClassName("portal-error-text");
            }
            add(due);
        }
        if (request.informationRequested() != null) {
            add(Panels.card("information-requested", "case.asked",
                    new Paragraph(request.informationRequested())));
        }
        if (request.decisionReason() != null) {
            add(Panels.card("decision-reason", "requestDetail.reason", new Paragraph(request.decisionReason())));
        }
        add(actions(staff));
        messages.forEach(m -> m.create(org.eshraqa.portal.shared.ui.MessagesContribution.Place.REQUEST, requestId)
                .ifPresent(this::add));
        if (staff.actions().contains(StaffAction.CONFIRM_CLAIM)) {
            waitingClaims().ifPresent(this::add);
        }
        if (staff.actions().contains(StaffAction.UNDO_CLAIM)) {
            add(undoClaim(staff));
        }
        add(checklist(staff));
        add(RequestPanels.applicant(request), RequestPanels.documents(requests, request),
                RequestPanels.thread(requests, requestId, request.messages(), staff.claimed()
                        && request.actions().contains(ApplicantAction.WRITE_MESSAGE), this::reload, true));
        if (staff.socialStudy() != null || staff.actions().contains(StaffAction.WRITE_SOCIAL_STUDY)) {
            add(socialStudy(staff));
        }
        add(CaseFilePanels.notes(staff.internalNotes(), text -> requests.addInternalNote(requestId, text),
                        this::reload),
                CaseFilePanels.audit(staff.audit().stream().map(line -> new CaseFilePanels.AuditLine(line.at(),
                        line.actorName(), line.claimStep() != null
                        ? getTranslation("claimStep." + line.claimStep().name())
                        : line.from() == line.to() ? getTranslation("requestDetail.claimed")
                        : CaseFilePanels.move(line.from() == null ? null
                                : getTranslation(RequestStateBadge.textKey(line.from(), true)),
                                getTranslation(RequestStateBadge.textKey(line.to(), true))),
                        line.note(), line.internalNote())).toList()));
        if (staff.declarationSignature() != null) {
            Paragraph signed = new Paragraph(getTranslation("case.signed", staff.declarationSignature(),
                    staff.snapshotSha256() == null ? "" : staff.snapshotSha256().substring(0, 12)));
            signed.addClassName("portal-hint");
            signed.setId("case-signature");
            add(signed);
        }
    }

    private Component actions(StaffRequestView staff) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.setId("case-actions");
        bar.addClassName("portal-actions");
        Set<StaffAction> actions = staff.actions();
        long version = staff.mirror().version();
        if (actions.contains(StaffAction.TAKE_INTO_VERIFICATION)) {
            bar.add(button("take", "case.take", true,
                    () -> act(() -> requests.takeIntoVerification(requestId, version), "case.take")));
        }
        if (actions.contains(StaffAction.REQUEST_INFORMATION)) {
            bar.add(button("ask", "case.ask", false, this::askDialog));
        }
        if (actions.contains(StaffAction.REFER_TO_RESEARCH)) {
            bar.add(button("refer", "case.refer", false, this::referDialog));
        }
        if (actions.contains(StaffAction.SEND_TO_COMMITTEE)) {
            bar.add(button("to-committee", "case.toCommittee", true, () -> confirmStep("to-committee",
                    "case.toCommittee", "case.toCommittee.confirm",
                    () -> act(() -> requests.sendToCommittee(requestId, version), "case.toCommittee"))));
        }
        if (actions.contains(StaffAction.DECIDE)) {
            bar.add(button("decide", "case.decide", true, this::decideDialog));
        }
        if (actions.contains(StaffAction.COMPLETE_REGISTRATION)) {
            bar.add(button("complete", "case.complete", true, () -> confirmStep("complete", "case.complete",
                    "case.complete.confirm",
                    () -> act(() -> requests.completeRegistration(requestId, version), "case.complete"))));
        }
        if (actions.stream().allMatch(StaffAction::isClaim)) {
            Paragraph none = new Paragraph(getTranslation("case.noActions"));
            none.addClassName("portal-hint");
            none.setId("case-no-actions");
            bar.add(none);
        }
        return Panels.card("case-actions-card", "case.actions", bar);
    }

    /**
     * Claims a claimant asked an officer to confirm (P-8): the person recorded on the request beside
     * the claiming account, with confirm and refuse.
     */
    private java.util.Optional<Component> waitingClaims() {
        var waiting = claims.waiting(requestId);
        if (waiting.isEmpty()) {
            return java.util.Optional.empty();
        }
        Paragraph hint = new Paragraph(getTranslation("case.claims.hint"));
        hint.addClassName("portal-hint");
        Div body = new Div(hint);
        for (RequestClaims.WaitingClaim claim : waiting) {
            Div recorded = side("case.claims.recorded", claim.recordedName(), claim.recordedMobile(),
                    claim.recordedEmail());
            Div claimant = side("case.claims.claimant", claim.claimantName(), claim.claimantMobile(),
                    claim.claimantEmail());
            HorizontalLayout sides = new HorizontalLayout(recorded, claimant);
            sides.setWrap(true);
            Paragraph started = new Paragraph(getTranslation("case.claims.started",
                    PortalDates.dateTime(claim.startedAt(), getLocale())));
            started.addClassName("portal-hint");
            Button confirm = button("confirm-claim-" + claim.claimId(), "case.claims.confirm", true, () ->
                    confirm("case.claims.confirm.text", () -> claimAct(() -> claims.confirm(requestId,
                            claim.claimId()))));
            Button refuse = button("refuse-claim-" + claim.claimId(), "case.claims.refuse", false, () ->
                    confirm("case.claims.refuse.text", () -> claimAct(() -> claims.refuse(requestId,
                            claim.claimId()))));
            HorizontalLayout buttons = new HorizontalLayout(confirm, refuse);
            Div item = new Div(sides, started, buttons);
            item.setId("claim-" + claim.claimId());
            item.addClassName("portal-card");
            body.add(item);
        }
        return java.util.Optional.of(Panels.card("claims-card", "case.claims", body));
    }

    private Div side(String titleKey, String name, String mobile, String email) {
        Span title = new Span(getTranslation(titleKey));
        title.getStyle().set("font-weight", "bold");
        return new Div(title, new Paragraph(getTranslation("case.claims.name", value(name))),
                new Paragraph(getTranslation("case.claims.mobile", value(mobile))),
                new Paragraph(getTranslation("case.claims.email", value(email))));
    }

    private static String value(String text) {
        return text == null ? "—" : text;
    }

    /** Unlinks the request from the account that claimed it, after a confirmation with the reason. */
    private Component undoClaim(StaffRequestView staff) {
        long version = staff.mirror().version();
        Button undo = button("undo-claim", "case.undoClaim", false, () -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("case.undoClaim"));
            Paragraph text = new Paragraph(getTranslation("case.undoClaim.text"));
            TextArea reason = Panels.longText("undo-claim-reason", "case.undoClaim.reason", null);
            Button ok = new Button(getTranslation("case.undoClaim.ok"), e -> stepInDialog(dialog,
                    () -> claims.undo(requestId, version, reason.getValue()), refused -> invalid(reason, refused)));
            ok.setId("undo-claim-confirm");
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            dialog.add(text, reason);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
            dialog.setWidth("min(40rem, 95vw)");
            dialog.open();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return Panels.card("claim-undo-card", "case.undoClaim", undo);
    }

    private void claimAct(Runnable action) {
        try {
            action.run();
            Panels.show("case.done", NotificationVariant.LUMO_SUCCESS);
        } catch (TransitionRefused refused) {
            Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    private Component checklist(StaffRequestView staff) {
        boolean editable = staff.actions().contains(StaffAction.RECORD_VERIFICATION);
        Checkbox identity = new Checkbox(getTranslation("case.check.identity"), staff.checkedIdentity());
        identity.setId("check-identity");
        Checkbox documents = new Checkbox(getTranslation("case.check.documents"), staff.checkedDocuments());
        documents.setId("check-documents");
        Checkbox data = new Checkbox(getTranslation("case.check.data"), staff.checkedData());
        data.setId("check-data");
        Div box = new Div(identity, documents, data);
        box.addClassName("portal-checklist");
        for (Checkbox c : new Checkbox[] {identity, documents, data}) {
            c.setReadOnly(!editable);
        }
        if (editable) {
            Button save = button("save-checklist", "case.check.save", false, () -> act(() ->
                    requests.recordVerification(requestId, staff.mirror().version(), identity.getValue(),
                            documents.getValue(), data.getValue()), "case.check.saved"));
            Paragraph hint = new Paragraph(getTranslation("case.check.hint"));
            hint.addClassName("portal-hint");
            box.add(hint, save);
        }
        return Panels.card("checklist", "case.checklist", box);
    }

    private Component socialStudy(StaffRequestView staff) {
        Div body = new Div();
        if (staff.actions().contains(StaffAction.WRITE_SOCIAL_STUDY)) {
            TextArea study = new TextArea(getTranslation("case.study"));
            study.setId("social-study");
            study.setValue(staff.socialStudy() == null ? "" : staff.socialStudy());
            study.setWidthFull();
            study.setMinHeight("8rem");
            study.setMaxLength(4000);
            body.add(study, button("save-study", "case.study.save", false, () -> act(() ->
                    requests.writeSocialStudy(requestId, staff.mirror().version(), study.getValue()),
                    "case.study.saved")));
        } else {
            Paragraph text = new Paragraph(staff.socialStudy());
            text.addClassName("portal-prewrap");
            body.add(text);
        }
        return Panels.card("social-study-card", "case.study", body);
    }

    private void askDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.ask"));
        TextArea what = Panels.longText("ask-what", "case.ask.what", null);
        CheckboxGroup<FormSection> sections = new CheckboxGroup<>(getTranslation("case.ask.sections"));
        sections.setId("ask-sections");
        sections.setItems(FormSection.values());
        sections.setItemLabelGenerator(s -> getTranslation("formSection." + s.name()));
        Button send = new Button(getTranslation("case.ask.send"), e -> stepInDialog(dialog,
                () -> requests.requestInformation(requestId, view.mirror().version(), what.getValue(),
                        sections.getValue().isEmpty() ? EnumSet.noneOf(FormSection.class)
                                : EnumSet.copyOf(sections.getValue())),
                refused -> invalid(refused.messageKey().equals("request.sections.required") ? sections : what,
                        refused)));
        send.setId("ask-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(what, sections);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void referDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.refer"));
        TextArea note = Panels.longText("refer-note", "case.refer.note", null);
        Button send = new Button(getTranslation("case.refer"), e -> {
            dialog.close();
            act(() -> requests.referToResearch(requestId, view.mirror().version(), note.getValue()), "case.refer");
        });
        send.setId("refer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void decideDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.decide"));
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("case.decide.outcome"));
        outcome.setId("decide-outcome");
        outcome.setItems(Boolean.TRUE, Boolean.FALSE);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "case.decide.accept" : "case.decide.reject"));
        TextArea reason = Panels.longText("decide-reason", "case.decide.reason", "case.decide.reason.help");
        Button record = new Button(getTranslation("case.decide.record"), e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("field.required"));
                outcome.setInvalid(true);
                return;
            }
            stepInDialog(dialog, () -> requests.decide(requestId, view.mirror().version(), outcome.getValue(),
                    reason.getValue()), refused -> invalid(reason, refused));
        });
        record.setId("decide-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(outcome, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), record);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void confirm(String textKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("case.confirm.title"));
        dialog.setText(getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("case.confirm.ok"));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    /**
     * A step that cannot be taken back asks first, naming it: the dialog's title and its confirm
     * button say the step ({@code <id>-confirm}), cancel takes the first focus.
     */
    private void confirmStep(String id, String stepKey, String textKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id + "-dialog");
        dialog.setHeader(getTranslation(stepKey));
        dialog.setText(getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        Button ok = new Button(getTranslation(stepKey), e -> {
            dialog.close();
            action.run();
        });
        ok.setId(id + "-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(ok);
        dialog.open();
    }

    /**
     * A step confirmed in a dialog: done, the dialog closes and the page says so; refused, the
     * field it concerns says why and the dialog stays open with what was typed; changed meanwhile,
     * the dialog closes and the page is read again.
     */
    private void stepInDialog(Dialog dialog, Runnable step, Consumer<TransitionRefused> refusedOn) {
        try {
            step.run();
            dialog.close();
            Panels.show("case.done", NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (TransitionRefused refused) {
            refusedOn.accept(refused);
        } catch (ConcurrentChange changed) {
            dialog.close();
            CaseFilePanels.changedMeanwhile(this::reload);
        }
    }

    private void invalid(HasValidation field, TransitionRefused refused) {
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }

    /** Takes a step; done, the page says which step was taken and where the request now stands. */
    private void act(Runnable step, String stepKey) {
        CaseFilePanels.act(step, this::reload, () -> Panels.show("case.stepDone", NotificationVariant.LUMO_SUCCESS,
                getTranslation(stepKey), getTranslation(RequestStateBadge.textKey(view.mirror().state(), true))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.pageTitle");
    }
}
