package org.eshraqa.portal.shared.casefile.ui;

import static org.eshraqa.portal.shared.ui.Panels.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Function;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.casefile.CaseRefused;

/**
 * A case form that saves as it is filled in (a request's, a volunteer's application): it saves
 * everything on it and shows the errors it is given on its fields.
 */
public interface CaseForm {

    /** Saves the last valid value of every field; the errors found, by field name. */
    Map<String, String> save();

    /** Marks the fields named in {@code errors}, clears the others; the first to focus, or null. */
    Component showErrors(Map<String, String> errors);

    /** The error line above a form's submit button. */
    static Paragraph errorLine(String id) {
        Paragraph error = new Paragraph();
        error.setId(id);
        error.addClassName("portal-error-text");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    /**
     * The submit button: saves the form, then submits; a field wrong or missing is marked where it
     * is (the count on {@code error}) and the first focused, a refused step says why.
     * {@code otherFields} marks what lies outside the form (a consent) and returns it to focus.
     */
    static Button submitButton(String id, String labelKey, CaseForm form, Paragraph error, Runnable submit,
                               Function<Map<String, String>, Component> otherFields) {
        Button button = new Button(t(labelKey));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            error.setVisible(false);
            try {
                Map<String, String> fieldErrors = form.save();
                if (!fieldErrors.isEmpty()) {
                    throw new InvalidInputException(fieldErrors);
                }
                submit.run();
            } catch (InvalidInputException invalid) {
                Component first = form.showErrors(invalid.fieldErrors());
                Component other = otherFields.apply(invalid.fieldErrors());
                error.setText(t("requestForm.fix", invalid.fieldErrors().size()));
                error.setVisible(true);
                Component focus = first == null ? other : first;
                if (focus instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            } catch (CaseRefused refused) {
                error.setText(t(refused.messageKey()));
                error.setVisible(true);
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
