package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Map;

/**
 * Small pieces every module's views use: a titled card, a short notice, field errors from a
 * service's {@link org.eshraqa.portal.shared.InvalidInputException}, and ids from the address.
 */
public final class Panels {

    private Panels() {
    }

    /** A titled card ({@code portal-card}) with this id. */
    public static Section card(String id, String titleKey, Component... content) {
        Section section = new Section(new H2(t(titleKey)));
        section.add(content);
        section.addClassName("portal-card");
        section.setId(id);
        return section;
    }

    /**
     * A label and value in a description list; nothing for an empty value. The value takes its
     * direction from its own text ({@code dir="auto"}): a mobile number, an e-mail address or a link
     * reads "+966550000001", not "966550000001+", inside an Arabic page (portal.css keeps it on the
     * page's side).
     */
    public static void item(DescriptionList list, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(t(labelKey)), value(value));
        }
    }

    /** A description list's value that keeps its own direction (see {@link #item}). */
    public static DescriptionList.Description value(String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getElement().setAttribute("dir", "auto");
        return description;
    }

    /** A short notice at the bottom of the page, in the reader's language. */
    public static void show(String key, NotificationVariant variant, Object... params) {
        Notification.show(t(key, params), 5000, Notification.Position.BOTTOM_CENTER).addThemeVariants(variant);
    }

    /** A numeric id from the address; anything else in its place is "not found", like a forged id. */
    public static long routeId(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Marks each field the service refused with its message and returns the first such field
     * (to focus), or null when none of the errors names one of these fields.
     */
    public static HasValidation showErrors(Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        HasValidation first = null;
        for (var field : fields.entrySet()) {
            String key = errors.get(field.getKey());
            field.getValue().setInvalid(key != null);
            if (key != null) {
                field.getValue().setErrorMessage(t(key));
                first = first == null ? field.getValue() : first;
            }
        }
        return first;
    }

    public static void clearErrors(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** A full-width text area for a staff member's free text (a note, a reason), at most 4000 characters. */
    public static TextArea longText(String id, String labelKey, String helperKey) {
        TextArea area = new TextArea(t(labelKey));
        area.setId(id);
        if (helperKey != null) {
            area.setHelperText(t(helperKey));
        }
        area.setWidthFull();
        area.setMaxLength(4000);
        return area;
    }

    public static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
