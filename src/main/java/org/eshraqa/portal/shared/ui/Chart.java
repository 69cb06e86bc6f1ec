package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Apache ECharts (free, Apache-2.0) from an ECharts option given as
 * a map; line, bar and gauge series. Screen readers hear only the label, so it should say what the
 * chart shows.
 */
@Tag("portal-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/portal-chart.ts")
public final class Chart extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String optionJson;

    public Chart(String accessibleLabel) {
        getElement().setAttribute("aria-label", accessibleLabel);
    }

    /** Replaces the whole chart with this ECharts option (not merged with the previous one). */
    public void setOption(Map<String, Object> option) {
        // Sent as one string: the browser parses it once instead of Flow syncing a nested object.
        optionJson = JSON.writeValueAsString(option);
        getElement().setProperty("optionJson", optionJson);
    }

    public String optionJson() {
        return optionJson;
    }
}
