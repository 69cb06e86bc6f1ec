package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A row of buttons choosing what the page shows (upcoming or past opportunities, which
 * template): a group of toggle buttons, the chosen one pressed. Vaadin's tabs were used before:
 * their tab list holds a focusable scroller without a role, which screen readers cannot place
 * (axe's critical {@code aria-required-children}), and it ran off a phone's screen; these wrap.
 */
public class ViewChoice<T> extends Div {

    private final List<T> values = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();
    private final Consumer<T> onChoose;
    private T chosen;

    /** {@code label}: what is chosen, for screen readers (the group's name). */
    public ViewChoice(String label, Consumer<T> onChoose) {
        this.onChoose = onChoose;
        addClassName("portal-view-choice");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", label);
    }

    /** Adds a choice; the first one added is chosen until another is. */
    public Button add(T value, String text, String id) {
        Button button = new Button(text, e -> choose(value));
        button.setId(id);
        values.add(value);
        buttons.add(button);
        add(button);
        if (chosen == null) {
            chosen = value;
        }
        mark();
        return button;
    }

    public void choose(T value) {
        chosen = value;
        mark();
        onChoose.accept(value);
    }

    public T chosen() {
        return chosen;
    }

    public void setText(T value, String text) {
        buttons.get(values.indexOf(value)).setText(text);
    }

    private void mark() {
        for (int i = 0; i < buttons.size(); i++) {
            Button button = buttons.get(i);
            boolean on = values.get(i).equals(chosen);
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
            button.addThemeVariants(on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        }
    }
}
