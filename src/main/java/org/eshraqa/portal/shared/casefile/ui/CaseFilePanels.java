package org.eshraqa.portal.shared.casefile.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;
import static org.eshraqa.portal.shared.ui.Panels.show;
import static org.eshraqa.portal.shared.ui.Panels.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.casefile.CaseChanged;
import org.eshraqa.portal.shared.casefile.CaseGone;
import org.eshraqa.portal.shared.casefile.CaseRefused;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.shared.ui.ThreadMessages;

/** The thread, the internal notes, the audit trail and the steps of a case page, for every kind of case. */
public final class CaseFilePanels {

    private CaseFilePanels() {
    }

    /**
     * The thread between the person and staff. {@code open} is false where nothing more can be
     * written; {@code post} sends a message through the kind's service, which checks who may.
     */
    public static Section thread(List<ThreadMessage> messages, boolean open, Consumer<String> post,
                                 Runnable afterPost, String titleKey, String emptyKey) {
        Div body = new Div();
        MessageList list = messageList(messages, "message-list");
        if (messages.isEmpty()) {
            Paragraph empty = new Paragraph(t(emptyKey));
            empty.setId("thread-empty");
            empty.addClassName("portal-hint");
            body.add(empty);
        }
        body.add(list);
        if (open) {
            MessageInput input = new MessageInput();
            input.setId("message-input");
            input.setI18n(new MessageInputI18n().setMessage(t("thread.placeholder")).setSend(t("thread.send")));
            input.setWidthFull();
            input.addSubmitListener(e -> {
                try {
                    post.accept(e.getValue());
                    afterPost.run();
                } catch (InvalidInputException invalid) {
                    show(invalid.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
                } catch (CaseRefused refused) {
                    show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
                }
            });
            body.add(input);
        }
        return card("thread", titleKey, body);
    }

    /**
     * The messages of a thread; bodies are text (MessageList never renders them as HTML), staff's in
     * their colour, each time written by {@link ThreadMessages} in the association's time zone.
     */
    public static MessageList messageList(List<ThreadMessage> messages, String id) {
        Locale locale = UI.getCurrent().getLocale();
        MessageList list = new MessageList(messages.stream()
                .map(m -> ThreadMessages.item(m.body(), m.at(), m.authorName(), m.fromStaff(), locale)).toList());
        list.setId(id);
        return list;
    }

    /** Staff's internal notes, never shown to the person, with a field to add one. */
    public static Section notes(List<ThreadMessage> notes, Consumer<String> add, Runnable afterAdd) {
        Locale locale = UI.getCurrent().getLocale();
        Paragraph hint = new Paragraph(t("case.notes.hint"));
        hint.addClassName("portal-hint");
        OrderedList list = new OrderedList();
        list.setId("internal-notes");
        list.addClassName("portal-timeline");
        for (ThreadMessage note : notes) {
            Paragraph text = new Paragraph(note.body());
            text.addClassName("portal-prewrap");
            list.add(new ListItem(new Span(PortalDates.dateTime(note.at(), locale) + " — " + note.authorName()),
                    text));
        }
        TextArea input = Panels.longText("internal-note-input", "case.notes.new", null);
        Button addNote = button("add-note", "case.notes.add", false, () -> {
            try {
                add.accept(input.getValue());
                afterAdd.run();
            } catch (InvalidInputException e) {
                input.setErrorMessage(t(e.fieldErrors().values().iterator().next()));
                input.setInvalid(true);
            }
        });
        return card("internal-notes-card", "case.notes", new Div(hint, list, input, addNote));
    }

    /** One line of the audit trail: when, who, what happened (in words), the public and the internal note. */
    public record AuditLine(Instant at, String actorName, String what, String note, String internalNote) {
    }

    /** The audit trail staff read: every step, newest first as given. */
    public static Section audit(List<AuditLine> lines) {
        Locale locale = UI.getCurrent().getLocale();
        OrderedList list = new OrderedList();
        list.setId("audit");
        list.addClassName("portal-timeline");
        for (AuditLine line : lines) {
            ListItem item = new ListItem(new Span(PortalDates.dateTime(line.at(), locale) + " — "
                    + line.actorName() + " — " + line.what()));
            if (line.note() != null) {
                Paragraph note = new Paragraph(line.note());
                note.addClassName("portal-prewrap");
                item.add(note);
            }
            if (line.internalNote() != null) {
                Paragraph internal = new Paragraph(t("case.internal", line.internalNote()));
                internal.addClassName("portal-hint");
                item.add(internal);
            }
            list.add(item);
        }
        return card("audit-card", "case.audit", list);
    }

    /** "from → to" in the reader's direction: the arrow points the way the line is read. */
    public static String move(String from, String to) {
        String arrow = "ar".equals(UI.getCurrent().getLocale().getLanguage()) ? " ← " : " → ";
        return (from == null ? "" : from + arrow) + to;
    }

    public static Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(t(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /**
     * Runs one step of a case page: done, the page says so and is read again; refused, the page says
     * why; changed meanwhile, the page says so and shows the case as it is now; gone, not found.
     */
    public static void act(Runnable step, String successKey, Runnable reload) {
        act(step, reload, () -> show(successKey, NotificationVariant.LUMO_SUCCESS));
    }

    /** As above; done, the page is read again and then {@code announce} says what was done. */
    public static void act(Runnable step, Runnable reload, Runnable announce) {
        try {
            step.run();
            reload.run();
            announce.run();
        } catch (CaseRefused refused) {
            show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
        } catch (CaseChanged changed) {
            changedMeanwhile(reload);
        } catch (CaseGone gone) {
            throw new NotFoundException();
        }
    }

    /** Someone else changed the case since it was shown: say so and show it as it is now. */
    public static void changedMeanwhile(Runnable reload) {
        show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
        reload.run();
    }
}
