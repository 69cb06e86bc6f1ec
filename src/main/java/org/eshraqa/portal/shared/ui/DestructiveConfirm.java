package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a step that cannot be undone or that takes something away (erasing an account,
 * disabling one, withdrawing, deleting, closing). Vaadin's confirm dialog puts the first focus on
 * its confirm button, so a person who presses Enter or Space at once took the step; here the first
 * focus is on "cancel", and the step is taken only by its own, named button. Every such step in the
 * portal goes through this class ({@code ConfirmationRulesTest} keeps it so); a confirmation of a
 * step that gives something (activate, send) may still use Vaadin's confirm dialog.
 */
public final class DestructiveConfirm {

    private DestructiveConfirm() {
    }

    /** {@code id}: the dialog's; its buttons are {@code id-cancel} and {@code id-ok}. */
    public static Dialog open(String id, String title, String text, String actionText, Runnable action) {
        Paragraph body = new Paragraph(text);
        body.setId(id + "-text");
        return open(id, title, body, actionText, action);
    }

    /** As {@link #open(String, String, String, String, Runnable)}, with a body that may hold a field. */
    public static Dialog open(String id, String title, Component body, String actionText, Runnable action) {
        Dialog dialog = new Dialog(title);
        dialog.setId(id);
        dialog.getElement().setAttribute("role", "alertdialog");
        dialog.add(body);
        Button cancel = new Button(Panels.t("action.cancel"), e -> dialog.close());
        cancel.setId(id + "-cancel");
        Button ok = new Button(actionText, e -> {
            dialog.close();
            action.run();
        });
        ok.setId(id + "-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        // The safe choice first: the dialog focuses the first button it holds.
        dialog.getFooter().add(cancel, ok);
        dialog.setCloseOnEsc(true);
        dialog.open();
        // Said outright rather than left to the overlay's own choice, which may be the dialog itself.
        cancel.focus();
        return dialog;
    }
}
