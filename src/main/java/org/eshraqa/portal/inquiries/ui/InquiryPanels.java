package org.eshraqa.portal.inquiries.ui;

import static org.eshraqa.portal.shared.ui.Panels.t;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageList;
import org.eshraqa.portal.inquiries.InquiryState;
import org.eshraqa.portal.inquiries.InquiryThread;
import org.eshraqa.portal.shared.casefile.ui.CaseFilePanels;

/** Pieces the asker's and the staff pages share. */
final class InquiryPanels {

    private InquiryPanels() {
    }

    /** The thread; message bodies are text (MessageList never renders them as HTML). */
    static MessageList thread(InquiryThread thread) {
        return CaseFilePanels.messageList(thread.messages(), "inquiry-messages");
    }

    /** A question's state in plain words; staff read who it waits on from their side. */
    static Span badge(InquiryState state, boolean forStaff) {
        Span badge = new Span(t((forStaff ? "inquiryState.staff." : "inquiryState.") + state.name()));
        String theme = switch (state) {
            case WAITING_ON_ASKER -> forStaff ? "badge contrast" : "badge error";
            case NEW, WAITING_ON_STAFF -> forStaff ? "badge error" : "badge";
            case ANSWERED -> "badge success";
            case CLOSED -> "badge contrast";
        };
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }
}
