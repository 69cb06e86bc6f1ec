package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
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
import org.eshraqa.portal.requests.BeneficiaryRequestView;
import org.eshraqa.portal.requests.ConcurrentChange;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.TimelineEntry;
import org.eshraqa.portal.requests.TransitionRefused;
import org.eshraqa.portal.shared.PortalDates;

/**
 * One of the beneficiary's requests: where it stands in plain words, what happens next and who
 * is waiting on whom, the expected decision date, what staff asked for, and the timeline.
 * Another person's request, or a forged id, is "not found".
 */
@Route("requests/:requestId")
@RolesAllowed("BENEFICIARY")
public class RequestDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SupportRequests requests;
    private final Clock clock;
    private long requestId;

    public RequestDetailView(SupportRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        addClassNames("portal-page", "portal-narrow");
        setId("request-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().getLong("requestId").orElseThrow(NotFoundException::new);
        render(requests.findMine(requestId).orElseThrow(NotFoundException::new));
    }

    private void render(BeneficiaryRequestView request) {
        removeAll();
        H1 title = new H1(getTranslation("requestDetail.title", request.reference() == null ? "" : request.reference()));
        Span state = new RequestStateBadge(request.state());
        state.setId("request-state");
        Paragraph next = new Paragraph(getTranslation("requestNext." + request.state().name()));
        next.setId("request-next");
        add(title, state, next);

        if (request.expectedDecisionDate() != null && request.state().isOpen()) {
            LocalDate today = LocalDate.now(clock.withZone(PortalDates.ZONE));
            long daysLeft = ChronoUnit.DAYS.between(today, request.expectedDecisionDate());
            add(new Paragraph(getTranslation("request.expectedDecision",
                    PortalDates.both(request.expectedDecisionDate(), getLocale()))),
                    new Paragraph(daysLeft >= 0 ? getTranslation("requestDetail.daysLeft", daysLeft)
                            : getTranslation("requestDetail.late")));
        }
        if (request.state() == RequestState.NEEDS_INFO) {
            Section asked = new Section(new H2(getTranslation("requestDetail.asked")),
                    new Paragraph(request.informationRequested()));
            asked.addClassName("portal-error-text");
            asked.setId("information-requested");
            Button resubmit = new Button(getTranslation("requestDetail.resubmit"),
                    e -> act(() -> requests.resubmit(requestId, request.version()), "requestDetail.resubmitted"));
            resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resubmit.setId("resubmit");
            add(asked, resubmit);
        }
        if (request.decisionReason() != null) {
            Section reason = new Section(new H2(getTranslation("requestDetail.reason")),
                    new Paragraph(request.decisionReason()));
            reason.addClassName("portal-card");
            reason.setId("decision-reason");
            add(reason);
        }
        if (request.needDescription() != null) {
            add(new H2(getTranslation("requestForm.need")), new Paragraph(request.needDescription()));
        }
        add(new H2(getTranslation("requestDetail.timeline")), timeline(request));
        if (request.state().isOpen()) {
            Button withdraw = new Button(getTranslation("requestDetail.withdraw"), e -> confirmWithdraw(request));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw");
            add(withdraw);
        }
    }

    private OrderedList timeline(BeneficiaryRequestView request) {
        OrderedList list = new OrderedList();
        list.addClassName("portal-timeline");
        list.setId("timeline");
        for (TimelineEntry entry : request.timeline()) {
            ListItem item = new ListItem();
            item.add(new Span(PortalDates.dateTime(entry.at(), getLocale())), new Span(" — "),
                    new Span(getTranslation("requestState." + entry.to().name())));
            if (entry.publicNote() != null) {
                item.add(new Paragraph(entry.publicNote()));
            }
            list.add(item);
        }
        return list;
    }

    private void confirmWithdraw(BeneficiaryRequestView request) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("requestDetail.withdraw.confirm.title"));
        dialog.setText(getTranslation("requestDetail.withdraw.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("requestDetail.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> act(() -> requests.withdraw(requestId, request.version()),
                "requestDetail.withdrawn"));
        dialog.open();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            notify(successKey, NotificationVariant.LUMO_SUCCESS);
        } catch (TransitionRefused e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (ConcurrentChange e) {
            notify("error.concurrentChange", NotificationVariant.LUMO_ERROR);
        }
        requests.findMine(requestId).ifPresent(this::render);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requestDetail.pageTitle");
    }
}
