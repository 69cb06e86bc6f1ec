package org.eshraqa.portal.inquiries.ui;

import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.eshraqa.portal.shared.ui.MessagesContribution;
import java.util.Map;
import org.eshraqa.portal.inquiries.CannedAnswerView;
import org.eshraqa.portal.inquiries.ChangedMeanwhile;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryAction;
import org.eshraqa.portal.inquiries.InquiryNotFound;
import org.eshraqa.portal.inquiries.InquiryRefused;
import org.eshraqa.portal.inquiries.StaffInquiryView;
import org.eshraqa.portal.inquiries.StaffMember;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;

/**
 * The staff mirror of a question: what the asker sees, plus who asked, who holds it, the history,
 * and the actions allowed now: answer (with canned answers in the asker's language), assign,
 * refer to research (P-10.3), close.
 */
@Route("staff/inquiries/:inquiryId")
@RolesAllowed({"RELATIONS_OFFICER", "SOCIAL_RESEARCHER"})
public class InquiryCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Inquiries inquiries;
    private final transient List<MessagesContribution> messages;
    private long inquiryId;

    public InquiryCaseView(Inquiries inquiries, List<MessagesContribution> messages) {
        this.inquiries = inquiries;
        this.messages = messages;
        addClassNames("portal-page", "portal-medium");
        setId("inquiry-case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inquiryId = Panels.routeId(event, "inquiryId");
        render(inquiries.findForStaff(inquiryId).orElseThrow(NotFoundException::new));
    }

    private void reload() {
        inquiries.findForStaff(inquiryId).ifPresent(this::render);
    }

    private void render(StaffInquiryView view) {
        removeAll();
        var thread = view.thread();
        H1 title = new H1(thread.subject());
        title.setId("inquiry-subject");
        var state = InquiryPanels.badge(thread.state(), true);
        state.setId("inquiry-state");
        add(new Anchor("staff/inquiries", getTranslation("inquiryQueue.back")), title, state, details(view));
        add(Panels.card("inquiry-thread", "inquiry.thread", InquiryPanels.thread(thread)));
        messages.forEach(m -> m.create(MessagesContribution.Place.INQUIRY, inquiryId).ifPresent(this::add));
        if (view.actions().contains(InquiryAction.ANSWER)) {
            add(answerBox(view));
        }
        if (view.actions().contains(InquiryAction.ASSIGN) || view.actions().contains(InquiryAction.REFER_TO_RESEARCH)) {
            add(routing(view));
        }
        if (view.actions().contains(InquiryAction.CLOSE)) {
            Button close = new Button(getTranslation("inquiryCase.close"), e -> confirmClose(view));
            close.setId("close-inquiry");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(close);
        }
        add(Panels.card("inquiry-history", "inquiryCase.history", history(view)));
    }

    private Component details(StaffInquiryView view) {
        DescriptionList list = new DescriptionList();
        list.addClassName("portal-details");
        item(list, "inquiry.asker", view.askerName() + (view.askerEmail() == null ? "" : " — " + view.askerEmail()));
        item(list, "queue.filter.channel", getTranslation("channel." + view.thread().channel().name()));
        item(list, "inquiryCase.asked", PortalDates.dateTime(view.thread().createdAt(), getLocale()));
        item(list, "queue.filter.assignee", view.assigneeName() == null ? getTranslation("queue.assignee.UNASSIGNED")
                : view.assigneeName() + (view.referredToResearch() ? " · " + getTranslation("inquiry.referred") : ""));
        Div box = new Div(list);
        if (view.thread().requestId() != null) {
            Anchor request = new Anchor("staff/requests/" + view.thread().requestId(),
                    getTranslation("ask.about.request", view.thread().requestReference()));
            request.setId("inquiry-request");
            box.add(new Paragraph(request));
        }
        return box;
    }

    private static void item(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(list.getTranslation(key)), Panels.value(value));
    }

    private Component answerBox(StaffInquiryView view) {
        Locale askerLocale = Locale.forLanguageTag(view.askerLanguage() == null ? "ar" : view.askerLanguage());
        TextArea answer = new TextArea(getTranslation("inquiryCase.answer"));
        answer.setId("answer-text");
        answer.setMaxLength(AskQuestionView.MAX_BODY);
        answer.setMinHeight("8rem");
        answer.setWidthFull();
        ComboBox<CannedAnswerView> canned = new ComboBox<>(getTranslation("inquiryCase.canned"));
        canned.setId("canned-answer");
        canned.setItems(inquiries.cannedAnswers());
        canned.setItemLabelGenerator(c -> c.title(getLocale()));
        canned.setHelperText(getTranslation("inquiryCase.canned.help",
                getTranslation("language." + askerLocale.getLanguage())));
        canned.setWidthFull();
        canned.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String text = e.getValue().body(askerLocale);
                answer.setValue(answer.getValue().isBlank() ? text : answer.getValue().stripTrailing() + "\n\n" + text);
                answer.focus();
            }
        });
        Button send = new Button(getTranslation("inquiryCase.send"));
        send.setId("send-answer");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                inquiries.answer(inquiryId, view.thread().version(), answer.getValue());
                Panels.show("inquiryCase.answered", NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), Map.of("answer", answer));
                answer.focus();
            } catch (InquiryRefused | ChangedMeanwhile | InquiryNotFound problem) {
                refused(problem);
            } finally {
                send.setEnabled(true);
            }
        });
        return Panels.card("answer-card", "inquiryCase.answer.title", canned, answer, send);
    }

    private Component routing(StaffInquiryView view) {
        Div body = new Div();
        if (view.actions().contains(InquiryAction.ASSIGN)) {
            ComboBox<StaffMember> assignee = new ComboBox<>(getTranslation("inquiryCase.assignTo"));
            assignee.setId("assignee");
            assignee.setItems(inquiries.assignableStaff());
            assignee.setItemLabelGenerator(StaffMember::name);
            Button assign = new Button(getTranslation("inquiryCase.assign"), e -> {
                if (assignee.getValue() == null) {
                    assignee.setErrorMessage(getTranslation("field.required"));
                    assignee.setInvalid(true);
                    return;
                }
                act(() -> inquiries.assign(inquiryId, view.thread().version(), assignee.getValue().accountId()),
                        "inquiryCase.assigned");
            });
            assign.setId("assign");
            HorizontalLayout row = new HorizontalLayout(assignee, assign);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            body.add(row);
        }
        if (view.actions().contains(InquiryAction.REFER_TO_RESEARCH)) {
            ComboBox<StaffMember> researcher = new ComboBox<>(getTranslation("inquiryCase.researcher"));
            researcher.setId("researcher");
            researcher.setItems(inquiries.researchers());
            researcher.setItemLabelGenerator(StaffMember::name);
            TextArea note = new TextArea(getTranslation("inquiryCase.referNote"));
            note.setId("refer-note");
            note.setMaxLength(1000);
            note.setWidthFull();
            Button refer = new Button(getTranslation("inquiryCase.refer"), e -> {
                if (researcher.getValue() == null) {
                    researcher.setErrorMessage(getTranslation("field.required"));
                    researcher.setInvalid(true);
                    return;
                }
                act(() -> inquiries.referToResearch(inquiryId, view.thread().version(),
                        researcher.getValue().accountId(), note.getValue()), "inquiryCase.referred");
            });
            refer.setId("refer");
            Paragraph why = new Paragraph(getTranslation("inquiryCase.refer.help"));
            why.addClassName("portal-hint");
            body.add(why, researcher, note, refer);
        }
        return Panels.card("routing-card", "inquiryCase.routing", body);
    }

    private void confirmClose(StaffInquiryView view) {
        TextArea note = new TextArea(getTranslation("inquiryCase.closeNote"));
        note.setId("close-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        DestructiveConfirm.open("close-inquiry-confirm", getTranslation("inquiryCase.close"),
                new Div(new Paragraph(getTranslation("inquiryCase.close.confirm")), note),
                getTranslation("inquiryCase.close"),
                () -> act(() -> inquiries.close(inquiryId, view.thread().version(), note.getValue()),
                        "inquiryCase.closed"));
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Panels.show(doneKey, NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InvalidInputException invalid) {
            Panels.show(invalid.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
        } catch (InquiryRefused | ChangedMeanwhile | InquiryNotFound problem) {
            refused(problem);
        }
    }

    private void refused(RuntimeException problem) {
        String key = problem instanceof InquiryRefused refused ? refused.messageKey() : problem.getMessage();
        Panels.show(key, NotificationVariant.LUMO_ERROR);
        reload();
    }

    private Component history(StaffInquiryView view) {
        OrderedList list = new OrderedList();
        list.addClassName("portal-timeline");
        for (StaffInquiryView.HistoryLine line : view.history()) {
            ListItem item = new ListItem(new Span(PortalDates.dateTime(line.at(), getLocale()) + " — "
                    + getTranslation("inquiryHistory." + line.kind().name())
                    + (line.actorName() == null ? "" : " — " + line.actorName())));
            if (line.note() != null) {
                Paragraph note = new Paragraph(line.note());
                note.addClassName("portal-prewrap");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inquiryCase.pageTitle");
    }
}
