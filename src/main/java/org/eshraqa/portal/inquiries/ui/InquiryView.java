package org.eshraqa.portal.inquiries.ui;

import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.eshraqa.portal.inquiries.ChangedMeanwhile;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryRefused;
import org.eshraqa.portal.inquiries.InquiryThread;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;

/**
 * One of the signed-in person's questions: where it stands, the thread, a reply box while it is
 * open, and "my question is answered". Someone else's question, or a forged id, is "not found".
 */
@Route("inquiries/:inquiryId")
@PermitAll
public class InquiryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Inquiries inquiries;
    private long inquiryId;
    private TextArea replyField;

    public InquiryView(Inquiries inquiries) {
        this.inquiries = inquiries;
        addClassNames("portal-page", "portal-medium");
        setId("inquiry-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inquiryId = Panels.routeId(event, "inquiryId");
        render(inquiries.findMine(inquiryId).orElseThrow(NotFoundException::new));
    }

    private void reload() {
        inquiries.findMine(inquiryId).ifPresent(this::render);
    }

    private void render(InquiryThread inquiry) {
        removeAll();
        replyField = null;
        H1 title = new H1(inquiry.subject());
        title.setId("inquiry-subject");
        Paragraph asked = new Paragraph(getTranslation("inquiry.askedOn", PortalDates.dateTime(inquiry.createdAt(),
                getLocale())));
        asked.addClassName("portal-hint");
        var state = InquiryPanels.badge(inquiry.state(), false);
        state.setId("inquiry-state");
        Paragraph next = new Paragraph(getTranslation("inquiryNext." + inquiry.state().name()));
        next.setId("inquiry-next");
        add(title, asked, state, next);
        if (inquiry.requestId() != null) {
            add(new Paragraph(new Anchor("requests/" + inquiry.requestId(),
                    getTranslation("ask.about.request", inquiry.requestReference()))));
        }
        Div thread = new Div(InquiryPanels.thread(inquiry));
        if (inquiry.state().isOpen()) {
            thread.add(replyBox(inquiry));
        }
        add(Panels.card("inquiry-thread", "inquiry.thread", thread));
        if (inquiry.state().isOpen() && inquiry.messages().stream().anyMatch(ThreadMessage::fromStaff)) {
            Button answered = new Button(getTranslation("inquiry.markAnswered"), e -> confirmAnswered(inquiry));
            answered.setId("mark-answered");
            answered.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            add(answered);
        }
        Anchor back = new Anchor("inquiries", getTranslation("inquiry.back"));
        add(new Paragraph(back));
    }

    private Div replyBox(InquiryThread inquiry) {
        TextArea reply = new TextArea(getTranslation("inquiry.reply"));
        replyField = reply;
        reply.setId("reply-text");
        reply.setMaxLength(AskQuestionView.MAX_BODY);
        reply.setWidthFull();
        Button send = new Button(getTranslation("inquiry.send"));
        send.setId("send-reply");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                inquiries.reply(inquiryId, inquiry.version(), reply.getValue());
                Panels.show("inquiry.sent", NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), Map.of("body", reply));
                reply.focus();
            } catch (InquiryRefused refused) {
                Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
                reload();
            } catch (ChangedMeanwhile changed) {
                // Staff answered while this person was typing: keep the text, show the answer.
                String typed = reply.getValue();
                reload();
                Panels.show("inquiry.changedMeanwhile", NotificationVariant.LUMO_CONTRAST);
                if (replyField != null) {
                    replyField.setValue(typed);
                }
            } finally {
                send.setEnabled(true);
            }
        });
        Div box = new Div(reply, send);
        box.addClassName("portal-reply");
        return box;
    }

    private void confirmAnswered(InquiryThread inquiry) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("inquiry.markAnswered"));
        dialog.setText(getTranslation("inquiry.markAnswered.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("inquiry.markAnswered.yes"));
        dialog.addConfirmListener(e -> {
            try {
                inquiries.markAnswered(inquiryId, inquiry.version());
                Panels.show("inquiry.closed", NotificationVariant.LUMO_SUCCESS);
            } catch (InquiryRefused refused) {
                Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
            } catch (ChangedMeanwhile changed) {
                Panels.show("inquiry.changedMeanwhile", NotificationVariant.LUMO_CONTRAST);
            }
            reload();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inquiry.pageTitle");
    }
}
