package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Lines over categories (e.g. months), drawn on the server: the lines are an SVG stretched over the
 * plot, the axes, legend and points are HTML around and over it. The SVG holds numbers only (no text
 * from the data can become markup); categories, names and values travel as text and attributes,
 * which Flow escapes. No script draws it, so it costs the page no JavaScript and appears with the
 * page. Right to left the categories run from the right: the points and labels are placed with
 * logical offsets and the stylesheet mirrors the SVG ({@code :dir(rtl)}). A value that is not known
 * is a gap in its line, never a zero. Series are told apart by colour and by dash, not colour alone.
 */
@Tag("div")
public final class LineChart extends Component implements HasSize, HasStyle {

    /** One line: its name, a value per category ({@code null}: unknown) and each value as shown. */
    public record Series(String name, List<Double> values, List<String> shown) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            shown = List.copyOf(shown);
            if (values.size() != shown.size()) {
                throw new IllegalArgumentException("a shown text for each value");
            }
        }
    }

    /** The SVG's own coordinate space; the stylesheet stretches it over the plot. */
    static final int SIZE = 1000;
    /** At most this many category labels on a wide screen, and on a phone. */
    static final int WIDE_LABELS = 8;
    static final int NARROW_LABELS = 4;

    private final String accessibleLabel;
    private List<String> categories = List.of();
    private List<Series> series = List.of();
    private ChartScale scale;
    private String svg = "";

    public LineChart(String accessibleLabel) {
        this.accessibleLabel = accessibleLabel;
        addClassName("portal-line-chart");
    }

    public void setData(List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("a value for each category in " + s.name());
            }
        }
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        scale = ChartScale.covering(series.stream().flatMap(s -> s.values().stream()).toList(), 4);
        getElement().removeAllChildren();
        getElement().appendChild(legend(), area());
    }

    public List<String> categories() {
        return categories;
    }

    public List<Series> series() {
        return series;
    }

    /** The SVG drawn for the lines and grid, as sent to the browser. */
    public String svg() {
        return svg;
    }

    /** The value-axis ticks, bottom to top. */
    public List<Double> ticks() {
        return scale.ticks();
    }

    private Element legend() {
        Element legend = new Element("ul");
        legend.getClassList().add("portal-chart-legend");
        for (int i = 0; i < series.size(); i++) {
            Element swatch = new Element("span");
            swatch.getClassList().addAll(List.of("portal-swatch", seriesClass(i)));
            swatch.setAttribute("aria-hidden", "true");
            Element name = ChartParts.span("portal-legend-name", series.get(i).name());
            legend.appendChild(new Element("li").appendChild(swatch, name));
        }
        return legend;
    }

    private Element area() {
        Element area = new Element("div");
        area.getClassList().add("portal-line-area");
        area.setAttribute("role", "img");
        area.setAttribute("aria-label", accessibleLabel);

        Element axis = new Element("div");
        axis.getClassList().add("portal-line-y");
        for (double tick : scale.ticks()) {
            Element label = ChartParts.span("portal-tick", tickText(tick));
            label.setAttribute("dir", "ltr");
            label.getStyle().set("inset-block-start", ChartParts.percent(1 - scale.share(tick)));
            axis.appendChild(label);
        }

        Element plot = new Element("div");
        plot.getClassList().add("portal-line-plot");
        svg = drawing();
        plot.appendChild(new Svg(svg).getElement());
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            for (int i = 0; i < categories.size(); i++) {
                Double value = line.values().get(i);
                if (value == null) {
                    continue;
                }
                Element dot = new Element("span");
                dot.getClassList().addAll(List.of("portal-dot", seriesClass(s)));
                dot.getStyle().set("inset-inline-start", ChartParts.percent(x(i)))
                        .set("inset-block-start", ChartParts.percent(1 - scale.share(value)));
                dot.setAttribute("title", categories.get(i) + " · " + line.name() + ": " + line.shown().get(i));
                plot.appendChild(dot);
            }
        }

        Element labels = new Element("div");
        labels.getClassList().add("portal-line-x");
        labels.getStyle().set("grid-template-columns",
                "repeat(" + Math.max(1, categories.size()) + ", minmax(0, 1fr))");
        int wide = every(WIDE_LABELS);
        int narrow = every(NARROW_LABELS);
        // A shown label may be as wide as the columns up to the next one, and wraps within them.
        labels.getStyle().set("--portal-wide-every", String.valueOf(wide)).set("--portal-narrow-every",
                String.valueOf(narrow));
        for (int i = 0; i < categories.size(); i++) {
            Element label = ChartParts.span("portal-category", categories.get(i));
            if (i % wide == 0) {
                label.getClassList().add("portal-category-wide");
            }
            if (i % narrow == 0) {
                label.getClassList().add("portal-category-narrow");
            }
            labels.appendChild(label);
        }
        area.appendChild(axis, plot, labels);
        return area;
    }

    /** Grid lines and one path per series, in numbers only; a path breaks where a value is unknown. */
    private String drawing() {
        StringBuilder d = new StringBuilder();
        d.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
        d.append("<path class=\"portal-grid\" d=\"");
        for (double tick : scale.ticks()) {
            d.append('M').append(0).append(' ').append(y(tick)).append('H').append(SIZE);
        }
        d.append("\"/>");
        for (int s = 0; s < series.size(); s++) {
            d.append("<path class=\"portal-line ").append(seriesClass(s)).append("\" d=\"");
            boolean drawing = false;
            List<Double> values = series.get(s).values();
            for (int i = 0; i < values.size(); i++) {
                Double value = values.get(i);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                d.append(drawing ? 'L' : 'M').append(coordinate(x(i) * SIZE)).append(' ').append(y(value));
                drawing = true;
            }
            d.append("\"/>");
        }
        return d.append("</svg>").toString();
    }

    /** The centre of category i, as a share of the width from the start of the line. */
    private double x(int i) {
        return (i + 0.5) / categories.size();
    }

    private String y(double value) {
        return coordinate((1 - scale.share(value)) * SIZE);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private int every(int labels) {
        return Math.max(1, (categories.size() + labels - 1) / labels);
    }

    private String tickText(double tick) {
        return tick == 0 ? "0" : BigDecimal.valueOf(tick).stripTrailingZeros().toPlainString();
    }

    static String seriesClass(int i) {
        return "portal-series-" + (i % 3);
    }
}
