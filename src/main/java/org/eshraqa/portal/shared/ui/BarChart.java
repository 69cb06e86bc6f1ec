package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * Horizontal bars, one per category, drawn on the server as plain HTML: a list whose items hold the
 * category, a bar as long as the value's share of the scale, and the value as text. No script draws
 * it, so it costs the page no JavaScript, appears with the page and uses the page's own text (Arabic
 * shaping, the reader's font size). The bar's length is a logical size, so right to left the bars
 * grow from the right. Screen readers read it as a list of "category value"; the bars are hidden
 * from them. A value that is not known (e.g. hidden for fewer than k people) has no bar, never a
 * zero one.
 */
@Tag("ul")
public final class BarChart extends Component implements HasSize, HasStyle {

    /** One bar: the category, its value ({@code null}: unknown) and the value as shown. */
    public record Bar(String label, Double value, String shown) {
    }

    private List<Bar> bars = List.of();
    private ChartScale scale;

    public BarChart(String accessibleLabel) {
        getElement().setAttribute("aria-label", accessibleLabel);
        addClassName("portal-bar-chart");
    }

    /** Replaces the bars; {@code max} is the end of the scale, or {@code null} to fit the values. */
    public void setBars(List<Bar> bars, Double max) {
        this.bars = List.copyOf(bars);
        scale = max != null ? ChartScale.upTo(max, 4)
                : ChartScale.covering(bars.stream().map(Bar::value).toList(), 4);
        getElement().removeAllChildren();
        for (Bar bar : this.bars) {
            // The bar is the track's ::before, as long as --share: one element less per bar.
            Element track = new Element("span");
            track.getClassList().add("portal-bar-track");
            track.setAttribute("aria-hidden", "true");
            if (bar.value() != null) {
                track.getStyle().set("--share", ChartParts.percent(scale.share(bar.value())));
            } else {
                track.getClassList().add("portal-bar-unknown");
            }
            getElement().appendChild(new Element("li").appendChild(ChartParts.span("portal-bar-label", bar.label()), track,
                    ChartParts.span("portal-bar-value", bar.shown())));
        }
    }

    public List<Bar> bars() {
        return bars;
    }

    /** The length of each bar as a share of the scale, 0–1, in the order of the bars ({@code null}: none). */
    public List<Double> lengths() {
        return bars.stream().map(b -> b.value() == null ? null : scale.share(b.value())).toList();
    }
}
