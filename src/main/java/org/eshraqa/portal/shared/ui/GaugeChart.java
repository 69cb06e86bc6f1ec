package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.Tag;
import java.util.Locale;

/**
 * A half-circle gauge from 0 to 100 with the value written under it, drawn on the server: the arc is
 * an SVG of numbers only, the value is text. To assistive technology it is an image whose label says
 * what it shows and the value.
 */
@Tag("div")
public final class GaugeChart extends Component implements HasSize, HasStyle {

    private final String accessibleLabel;
    private double value;
    private String svg = "";

    public GaugeChart(String accessibleLabel) {
        this.accessibleLabel = accessibleLabel;
        addClassName("portal-gauge");
        getElement().setAttribute("role", "img");
    }

    /** Shows this share (0–100, clamped) and the text that states it, e.g. "87%". */
    public void setValue(double percent, String shown) {
        value = Math.clamp(percent, 0, 100);
        getElement().setAttribute("aria-label", accessibleLabel + ": " + shown);
        // One arc drawn twice: the whole as the track, the value's share of it (pathLength 100) on top.
        String arc = "d=\"M 12 100 A 88 88 0 0 1 188 100\" pathLength=\"100\"";
        svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 108\" aria-hidden=\"true\" focusable=\"false\">"
                + "<path class=\"portal-gauge-track\" " + arc + "/>"
                + "<path class=\"portal-gauge-value\" " + arc + " stroke-dasharray=\""
                + String.format(Locale.ROOT, "%.2f", value) + " 100\"/></svg>";
        getElement().removeAllChildren();
        getElement().appendChild(new Svg(svg).getElement(), ChartParts.span("portal-gauge-text", shown));
    }

    public double value() {
        return value;
    }

    public String svg() {
        return svg;
    }
}
