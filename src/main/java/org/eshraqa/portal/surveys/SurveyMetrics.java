package org.eshraqa.portal.surveys;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import org.eshraqa.portal.shared.PortalDates;
import org.springframework.stereotype.Component;

/**
 * {@code portal.surveys.csat} (share of 4s and 5s) and {@code portal.surveys.response.rate} over
 * the last 30 days, read from the summary tables at each scrape; NaN below k responses.
 */
@Component
class SurveyMetrics implements MeterBinder {

    private final SurveyStatistics statistics;
    private final Clock clock;

    SurveyMetrics(SurveyStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.surveys.csat", this, m -> m.last30Days(true)).baseUnit("percent")
                .description("Share of ratings of 4 or 5 over the last 30 days").register(registry);
        Gauge.builder("portal.surveys.response.rate", this, m -> m.last30Days(false)).baseUnit("percent")
                .description("Responses per invitation over the last 30 days").register(registry);
    }

    private double last30Days(boolean csat) {
        return statistics.lastDays(LocalDate.now(clock.withZone(PortalDates.ZONE)), 30)
                .map(f -> csat ? f.csatPercent() : f.responseRate())
                .map(v -> v == null ? Double.NaN : v).orElse(Double.NaN);
    }
}
