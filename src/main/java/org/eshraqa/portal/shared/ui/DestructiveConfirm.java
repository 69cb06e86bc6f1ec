package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a step that cannot be undone (erasing one's account). Vaadin's confirm dialog puts
 * the first focus on its confirm button, so a person who presses Enter or Space at once erased
 * their account; here the first focus is on "cancel", and the step is taken only by its own,
 * named button.
 */
public final class DestructiveConfirm {

    private DestructiveConfirm() {
    }

    /** {@code id}: the dialog's; its buttons are {@code id-cancel} and {@code id-ok}. */
    public static Dialog open(String id, String title, String text, String actionText, Runnable action) {
        Dialog dialog = new Dialog(title);
        dialog.setId(id);
        dialog.getElement().setAttribute("role", "alertdialog");
        dialog.add(new Paragraph(text));
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
