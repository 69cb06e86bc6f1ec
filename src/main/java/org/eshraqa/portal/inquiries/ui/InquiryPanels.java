package org.eshraqa.portal.inquiries.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Map;
import org.eshraqa.portal.inquiries.InquiryState;
import org.eshraqa.portal.inquiries.InquiryThread;

/** Pieces the asker's and the staff pages share. */
final class InquiryPanels {

    private InquiryPanels() {
    }

    static Section card(String id, String titleKey, Component... content) {
        Section section = new Section(new H2(t(titleKey)));
        section.add(content);
        section.addClassName("portal-card");
        section.setId(id);
        return section;
    }

    /** The thread; message bodies are text (MessageList never renders them as HTML). */
    static MessageList thread(InquiryThread thread) {
        MessageList list = new MessageList(thread.messages().stream().map(m -> {
            MessageListItem item = new MessageListItem(m.body(), m.at(), m.authorName());
            item.setUserColorIndex(m.fromStaff() ? 2 : 0);
            return item;
        }).toList());
        list.setId("inquiry-messages");
        return list;
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

    /** The id in the route; a missing or malformed one is "not found". */
    static long id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .orElseThrow(NotFoundException::new);
    }

    /** Marks each field the service refused with its message; returns false if none matched. */
    static boolean showErrors(Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        boolean any = false;
        for (var error : errors.entrySet()) {
            HasValidation field = fields.get(error.getKey());
            if (field != null) {
                field.setErrorMessage(t(error.getValue()));
                field.setInvalid(true);
                any = true;
            }
        }
        return any;
    }

    static void clearErrors(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    static void show(String key, NotificationVariant variant) {
        Notification.show(t(key), 5000, Notification.Position.BOTTOM_CENTER).addThemeVariants(variant);
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
