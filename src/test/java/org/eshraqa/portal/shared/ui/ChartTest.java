package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartTest {

    @Test
    void sendsTheOptionAsJsonToTheWebComponentAndCarriesItsLabel() {
        Chart chart = new Chart("طلبات الدعم في كل شهر");
        chart.setOption(Map.of(
                "xAxis", Map.of("type", "category", "data", List.of("محرم", "صفر", "ربيع الأول")),
                "yAxis", Map.of("type", "value"),
                "series", List.of(Map.of("type", "line", "name", "الطلبات", "data", List.of(12, 7, 19)))));

        JsonNode option = JsonMapper.builder().build().readTree(chart.optionJson());
        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("line");
        assertThat(series.get("name").asString()).isEqualTo("الطلبات");
        assertThat(series.get("data").values()).extracting(JsonNode::asInt).containsExactly(12, 7, 19);
        assertThat(option.get("xAxis").get("data").get(2).asString()).isEqualTo("ربيع الأول");

        assertThat(chart.getElement().getTag()).isEqualTo("portal-chart");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("طلبات الدعم في كل شهر");
        assertThat(chart.getElement().getProperty("optionJson")).isEqualTo(chart.optionJson());
    }

    @Test
    void aNewOptionReplacesThePreviousOne() {
        Chart chart = new Chart("label");
        chart.setOption(Map.of("series", List.of(Map.of("type", "bar", "data", List.of(1)))));
        chart.setOption(Map.of("series", List.of(Map.of("type", "gauge", "data", List.of(Map.of("value", 80))))));

        assertThat(chart.optionJson()).doesNotContain("bar").contains("\"gauge\"").contains("80");
        assertThat(chart.getElement().getProperty("optionJson")).isEqualTo(chart.optionJson());
    }
}
