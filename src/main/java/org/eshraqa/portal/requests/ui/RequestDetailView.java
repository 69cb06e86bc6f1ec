package org.eshraqa.portal.requests.ui;

import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.eshraqa.portal.requests.ApplicantAction;
import org.eshraqa.portal.requests.BeneficiaryRequestView;
import org.eshraqa.portal.requests.ConcurrentChange;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.TransitionRefused;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;

/**
 * One of the beneficiary's requests: where it stands in plain words, what happens next and who
 * is waiting on whom, days left to the expected decision, what staff asked for (with only those
 * sections of the form open), the details, documents, the message thread and the timeline.
 * Another person's request, or a forged id, is "not found".
 */
@Route("requests/:requestId")
@RolesAllowed("BENEFICIARY")
public class RequestDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupportRequests requests;
    private final transient Clock clock;
    private long requestId;

    public RequestDetailView(SupportRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        addClassNames("portal-page", "portal-medium");
        setId("request-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = Panels.routeId(event, "requestId");
        BeneficiaryRequestView request = requests.findMine(requestId).orElseThrow(NotFoundException::new);
        if (request.state() == RequestState.DRAFT) {
            event.forwardTo("requests/new/" + request.serviceCode());
            return;
        }
        render(request);
    }

    private void reload() {
        requests.findMine(requestId).ifPresent(this::render);
    }

    private void render(BeneficiaryRequestView request) {
        removeAll();
        ServiceOffer service = requests.catalogue().stream().filter(s -> s.code().equals(request.serviceCode()))
                .findFirst().orElse(null);
        H1 title = new H1(getTranslation("requestDetail.title", request.reference() == null ? "" : request.reference()));
        Paragraph serviceName = new Paragraph(service == null ? request.serviceCode() : service.name(getLocale()));
        serviceName.addClassName("portal-hint");
        RequestStateBadge state = new RequestStateBadge(request.state());
        state.setId("request-state");
        Paragraph next = new Paragraph(getTranslation("requestNext." + request.state().name()));
        next.setId("request-next");
        add(title, serviceName, state, next);

        if (request.expectedDecisionDate() != null && request.state().isOpen()) {
            LocalDate today = LocalDate.now(clock.withZone(PortalDates.zone()));
            long daysLeft = ChronoUnit.DAYS.between(today, request.expectedDecisionDate());
            Paragraph days = new Paragraph(daysLeft >= 0 ? getTranslation("requestDetail.daysLeft", daysLeft)
                    : getTranslation("requestDetail.late"));
            days.setId("days-left");
            add(new Paragraph(getTranslation("request.expectedDecision",
                    PortalDates.both(request.expectedDecisionDate(), getLocale()))), days);
        }
        if (request.state() == RequestState.NEEDS_INFO) {
            addAnswerForm(request, service);
        }
        if (request.decisionReason() != null) {
            Section reason = Panels.card("decision-reason", "requestDetail.reason",
                    new Paragraph(request.decisionReason()));
            add(reason);
        }
        if (request.state() != RequestState.NEEDS_INFO) {
            add(RequestPanels.applicant(request), RequestPanels.documents(requests, request));
        }
        Anchor ask = new Anchor("inquiries/new?request=" + requestId, getTranslation("requestDetail.ask"));
        ask.setId("ask-about-request");
        add(RequestPanels.thread(requests, requestId, request.messages(),
                        request.actions().contains(ApplicantAction.WRITE_MESSAGE), this::reload),
                new Paragraph(ask),
                Panels.card("timeline-card", "requestDetail.timeline", RequestPanels.timeline(request.timeline())));
        if (request.actions().contains(ApplicantAction.WITHDRAW)) {
            Button withdraw = new Button(getTranslation("requestDetail.withdraw"), e -> confirmWithdraw(request));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw");
            add(withdraw);
        }
    }

    /** What staff asked, the reopened sections of the form, and the button that sends it back. */
    private void addAnswerForm(BeneficiaryRequestView request, ServiceOffer service) {
        Paragraph asked = new Paragraph(request.informationRequested());
        asked.addClassName("portal-prewrap");
        Paragraph sections = new Paragraph(getTranslation("requestDetail.reopened", request.reopened().stream()
                .map(s -> getTranslation("formSection." + s.name())).collect(Collectors.joining("، "))));
        Section box = new Section(new H2(getTranslation("requestDetail.asked")), asked, sections);
        box.addClassNames("portal-card", "portal-asked");
        box.setId("information-requested");
        add(box);
        if (service == null) {
            return;
        }
        RequestForm form = new RequestForm(requests, requestId, service, request, true);
        Button resubmit = new Button(getTranslation("requestDetail.resubmit"));
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.setId("resubmit");
        resubmit.setDisableOnClick(true);
        resubmit.addClickListener(e -> {
            try {
                if (!form.save().isEmpty()) {
                    Panels.show("requestForm.fix.short", NotificationVariant.LUMO_ERROR);
                    return;
                }
                requests.resubmit(requestId, requests.findMine(requestId).orElseThrow().version());
                Panels.show("requestDetail.resubmitted", NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException invalid) {
                form.showErrors(invalid.fieldErrors());
                Panels.show("requestForm.fix.short", NotificationVariant.LUMO_ERROR);
            } catch (TransitionRefused refused) {
                Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
            } catch (ConcurrentChange changed) {
                Panels.show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
                reload();
            } finally {
                resubmit.setEnabled(true);
            }
        });
        add(form, resubmit);
    }

    private void confirmWithdraw(BeneficiaryRequestView request) {
        DestructiveConfirm.open("withdraw-confirm", getTranslation("requestDetail.withdraw.confirm.title"),
                getTranslation("requestDetail.withdraw.confirm.text"), getTranslation("requestDetail.withdraw"),
                () -> withdraw(request));
    }

    private void withdraw(BeneficiaryRequestView request) {
        try {
            requests.withdraw(requestId, request.version());
            Panels.show("requestDetail.withdrawn", NotificationVariant.LUMO_SUCCESS);
        } catch (TransitionRefused refused) {
            Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (ConcurrentChange changed) {
            Panels.show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requestDetail.pageTitle");
    }
}
