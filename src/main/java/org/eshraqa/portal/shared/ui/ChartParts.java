package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.dom.Element;
import java.util.Locale;

/** The small pieces the server-drawn charts share. */
final class ChartParts {

    private ChartParts() {
    }

    /** A span of text with one class; Flow sends the text as text, never as markup. */
    static Element span(String className, String text) {
        Element span = new Element("span");
        span.getClassList().add(className);
        span.setText(text);
        return span;
    }

    /** A share from 0 to 1 as a CSS percentage, e.g. {@code 0.5} as {@code 50.00%}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
