package org.eshraqa.portal.insights.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options for the dashboard, in the portal's colours. Right to left, category axes run
 * from the right and value axes grow to the left, so charts read like the page around them.
 * Hidden values (fewer than k people) are left out of the series as {@code null}: a gap, never a
 * zero.
 */
final class ChartOptions {

    static final String TEAL = "#1f6f78";
    static final String SAND = "#d9a441";
    static final String GREY = "#8a97a3";

    private ChartOptions() {
    }

    /** Horizontal bars: one per category, e.g. CSAT % per region. */
    static Map<String, Object> bars(List<String> categories, List<Double> values, String seriesName, Double max,
                                    boolean rtl) {
        Map<String, Object> option = base(rtl);
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 8, "top", 8, "bottom", 8));
        Map<String, Object> valueAxis = new LinkedHashMap<>(Map.of("type", "value", "inverse", rtl));
        if (max != null) {
            valueAxis.put("max", max);
        }
        option.put("xAxis", valueAxis);
        option.put("yAxis", Map.of("type", "category", "data", categories, "position", rtl ? "right" : "left",
                "inverse", true));
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName, "data", values,
                "itemStyle", Map.of("color", TEAL), "label", Map.of("show", true,
                        "position", rtl ? "left" : "right", "formatter", "{c}"))));
        return option;
    }

    /** Lines over time, e.g. CSAT % and NPS per month. */
    static Map<String, Object> lines(List<String> buckets, Map<String, List<Double>> series, boolean rtl) {
        Map<String, Object> option = base(rtl);
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 8, "top", 40, "bottom", 8));
        option.put("legend", Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "data", buckets, "inverse", rtl));
        option.put("yAxis", Map.of("type", "value", "position", rtl ? "right" : "left"));
        List<Map<String, Object>> lines = new ArrayList<>();
        String[] colours = {TEAL, SAND, GREY};
        int i = 0;
        for (Map.Entry<String, List<Double>> line : series.entrySet()) {
            lines.add(Map.of("type", "line", "name", line.getKey(), "data", line.getValue(), "connectNulls", false,
                    "itemStyle", Map.of("color", colours[i++ % colours.length]), "symbolSize", 8));
        }
        option.put("series", lines);
        return option;
    }

    /** A gauge from 0 to 100, e.g. the share of requests decided within the target. */
    static Map<String, Object> gauge(Double value, boolean rtl) {
        Map<String, Object> option = base(rtl);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("value", value);
        option.put("series", List.of(Map.of("type", "gauge", "min", 0, "max", 100, "progress", Map.of("show", true),
                "itemStyle", Map.of("color", TEAL), "detail", Map.of("formatter", "{value}%", "fontSize", 22),
                "data", List.of(data))));
        return option;
    }

    private static Map<String, Object> base(boolean rtl) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("textStyle", Map.of("fontSize", 13));
        return option;
    }
}
