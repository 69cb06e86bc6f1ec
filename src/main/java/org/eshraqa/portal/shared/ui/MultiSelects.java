package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import java.util.Locale;

/**
 * Multi-select boxes in the reader's language: what a screen reader announces when an item is
 * added, removed or the selection cleared would otherwise be Vaadin's English in an Arabic page.
 */
public final class MultiSelects {

    private MultiSelects() {
    }

    public static <T> MultiSelectComboBox<T> localise(MultiSelectComboBox<T> box) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        box.setI18n(new MultiSelectComboBoxI18n()
                .setSelected(ui.getTranslation("multiSelect.selected", locale))
                .setDeselected(ui.getTranslation("multiSelect.deselected", locale))
                .setCleared(ui.getTranslation("multiSelect.cleared", locale))
                .setFocused(ui.getTranslation("multiSelect.focused", locale))
                .setTotal(ui.getTranslation("multiSelect.total", locale))
                .setRequiredErrorMessage(ui.getTranslation("field.required", locale)));
        return box;
    }
}
