package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The server-drawn charts: what they put in the page, their scales and that data stays text. */
class ChartsTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Test
    void barsAreAListOfCategoryBarAndValueWithLengthsOnTheScale() {
        BarChart chart = new BarChart("نسبة الرضا في كل منطقة");
        chart.setBars(List.of(new BarChart.Bar("الرياض", 80.0, "80%"), new BarChart.Bar("جدة", 25.0, "25%"),
                new BarChart.Bar("الدمام", null, "—")), 100.0);

        Element list = chart.getElement();
        assertThat(list.getTag()).isEqualTo("ul");
        assertThat(list.getAttribute("aria-label")).isEqualTo("نسبة الرضا في كل منطقة");
        assertThat(list.getChildCount()).isEqualTo(3);
        Element riyadh = list.getChild(0);
        assertThat(riyadh.getTag()).isEqualTo("li");
        assertThat(riyadh.getChild(0).getText()).isEqualTo("الرياض");
        assertThat(riyadh.getChild(1).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(riyadh.getChild(1).getStyle().get("--share")).isEqualTo("80.00%");
        assertThat(riyadh.getChild(2).getText()).isEqualTo("80%");
        assertThat(list.getChild(1).getChild(1).getStyle().get("--share")).isEqualTo("25.00%");
        // Unknown is no bar at all, not a bar of length zero.
        Element unknown = list.getChild(2).getChild(1);
        assertThat(unknown.getStyle().get("--share")).isNull();
        assertThat(unknown.getClassList()).contains("portal-bar-unknown");
        assertThat(chart.lengths()).containsExactly(0.8, 0.25, null);
    }

    @Test
    void withoutATopTheBarsFitTheLargestValueOnARoundScale() {
        BarChart chart = new BarChart("counts");
        chart.setBars(List.of(new BarChart.Bar("a", 37.0, "37"), new BarChart.Bar("b", 10.0, "10")), null);
        // 0–40 in steps of 10: the largest bar is nearly, not exactly, the whole track.
        assertThat(chart.lengths()).containsExactly(37 / 40.0, 10 / 40.0);

        chart.setBars(List.of(new BarChart.Bar("a", 2.0, "2")), null);
        assertThat(chart.getElement().getChildCount()).as("replaced, not added").isEqualTo(1);
        assertThat(chart.lengths()).containsExactly(1.0);
    }

    @Test
    void aLabelWithMarkupIsTextInEveryChart() {
        BarChart bars = new BarChart(MARKUP);
        bars.setBars(List.of(new BarChart.Bar(MARKUP, 3.0, MARKUP)), 5.0);
        assertThat(bars.getElement().getChild(0).getChild(0).getText()).isEqualTo(MARKUP);
        assertThat(bars.getElement().getChild(0).getChild(0).getChildren()).singleElement()
                .satisfies(node -> assertThat(node.isTextNode()).isTrue());

        LineChart lines = new LineChart(MARKUP);
        lines.setData(List.of(MARKUP, "b"), List.of(new LineChart.Series(MARKUP, List.of(1.0, 2.0), List.of(MARKUP, "2"))));
        assertThat(lines.svg()).doesNotContain("img").doesNotContain("alert").matches("[<>/\"=\\w\\s.:#-]+");
        assertThat(texts(lines.getElement())).contains(MARKUP);

        GaugeChart gauge = new GaugeChart(MARKUP);
        gauge.setValue(50, MARKUP);
        assertThat(gauge.svg()).doesNotContain("img").doesNotContain("alert");
        assertThat(gauge.getElement().getAttribute("aria-label")).isEqualTo(MARKUP + ": " + MARKUP);
    }

    @Test
    void linesBreakAtAnUnknownValueAndPointsSitOnTheScale() {
        LineChart chart = new LineChart("الرضا في كل شهر");
        List<Double> csat = new ArrayList<>(Arrays.asList(50.0, 100.0, null, 0.0));
        chart.setData(List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر"),
                List.of(new LineChart.Series("نسبة الرضا", csat, List.of("50%", "100%", "—", "0%"))));

        assertThat(chart.ticks()).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
        // Two pieces: the first two months joined, the fourth alone (a point, no line through the gap).
        String line = between(chart.svg(), "class=\"portal-line portal-series-0\" d=\"", "\"");
        assertThat(line).isEqualTo("M125.0 500.0L375.0 0.0M875.0 1000.0");

        List<Element> dots = descendants(chart.getElement()).filter(e -> e.getClassList().contains("portal-dot")).toList();
        assertThat(dots).hasSize(3);
        assertThat(dots.getFirst().getStyle().get("inset-inline-start")).isEqualTo("12.50%");
        assertThat(dots.getFirst().getStyle().get("inset-block-start")).isEqualTo("50.00%");
        assertThat(dots.getFirst().getAttribute("title")).isEqualTo("محرم · نسبة الرضا: 50%");
        assertThat(dots.get(1).getStyle().get("inset-block-start")).isEqualTo("0.00%");
        assertThat(texts(chart.getElement())).contains("نسبة الرضا", "محرم", "ربيع الآخر", "0", "100");
    }

    @Test
    void aNegativeFigureTakesTheScaleBelowZeroAndManyMonthsAreLabelledInSteps() {
        List<String> weeks = Stream.iterate(1, i -> i + 1).limit(26).map(i -> "w" + i).toList();
        List<Double> nps = new ArrayList<>(weeks.stream().map(w -> 10.0).toList());
        nps.set(3, -35.0);
        LineChart chart = new LineChart("nps");
        chart.setData(weeks, List.of(new LineChart.Series("NPS", nps, nps.stream().map(String::valueOf).toList())));

        assertThat(chart.ticks()).startsWith(-40.0).endsWith(20.0).contains(0.0);
        List<Element> labels = descendants(chart.getElement())
                .filter(e -> e.getClassList().contains("portal-category")).toList();
        assertThat(labels).hasSize(26);
        // 26 weeks: every fourth is labelled on a wide screen (≤ 8), every seventh on a phone (≤ 4).
        assertThat(labels.stream().filter(e -> e.getClassList().contains("portal-category-wide"))).hasSize(7);
        assertThat(labels.stream().filter(e -> e.getClassList().contains("portal-category-narrow"))).hasSize(4);
        assertThat(labels.getFirst().getClassList()).contains("portal-category-wide", "portal-category-narrow");
        // A shown label may wrap within the columns up to the next shown one.
        Element row = labels.getFirst().getParent();
        assertThat(row.getStyle().get("--portal-wide-every")).isEqualTo("4");
        assertThat(row.getStyle().get("--portal-narrow-every")).isEqualTo("7");
    }

    @Test
    void aSeriesMustHaveAValueAndATextForEachCategory() {
        LineChart chart = new LineChart("x");
        assertThatThrownBy(() -> chart.setData(List.of("a", "b"),
                List.of(new LineChart.Series("s", List.of(1.0), List.of("1"))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart.Series("s", List.of(1.0, 2.0), List.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGaugeDrawsItsShareOfTheArcAndSaysItsValue() {
        GaugeChart gauge = new GaugeChart("قرارات ضمن المدة");
        gauge.setValue(87.5, "88%");
        assertThat(gauge.svg()).contains("stroke-dasharray=\"87.50 100\"").contains("pathLength=\"100\"");
        assertThat(gauge.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(gauge.getElement().getAttribute("aria-label")).isEqualTo("قرارات ضمن المدة: 88%");
        assertThat(texts(gauge.getElement())).contains("88%");

        gauge.setValue(140, "140%");
        assertThat(gauge.value()).isEqualTo(100);
        assertThat(gauge.getElement().getChildCount()).as("replaced, not added").isEqualTo(2);
    }

    @Test
    void scalesAreRoundAndCoverZero() {
        assertThat(ChartScale.covering(List.of(3.2, 4.9), 4).ticks()).containsExactly(0.0, 2.0, 4.0, 6.0);
        assertThat(ChartScale.covering(List.of(0.3), 4).ticks()).containsExactly(0.0, 0.1, 0.2, 0.3);
        assertThat(ChartScale.covering(List.of(), 4).ticks()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(ChartScale.upTo(5, 4).ticks()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(ChartScale.upTo(100, 4).ticks()).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
        assertThat(ChartScale.upTo(7, 4).ticks()).hasSize(8).endsWith(7.0);
        assertThat(ChartScale.upTo(1 / 3.0, 4).ticks()).hasSize(5).endsWith(Math.round(1e6 / 3.0) / 1e6);
        assertThat(ChartScale.upTo(100, 4).share(150)).isEqualTo(1.0);
        assertThat(ChartScale.upTo(100, 4).share(-5)).isZero();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ChartsTest::descendants));
    }

    private static List<String> texts(Element element) {
        return descendants(element).map(Element::getText).filter(t -> !t.isEmpty()).toList();
    }
}
