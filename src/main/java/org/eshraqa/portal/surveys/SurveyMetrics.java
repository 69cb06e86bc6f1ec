package org.eshraqa.portal.surveys;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import org.eshraqa.portal.shared.PortalDates;
import org.springframework.stereotype.Component;

/**
 * {@code portal.surveys.csat} (share of 4s and 5s) and {@code portal.surveys.response.rate} of the
 * last whole week (Sunday to Saturday), read from the weekly summary rows at each scrape; NaN below
 * k responses. Nothing here moves with one answer: a week's figures appear once it has ended, as
 * in the dashboard's weekly trend.
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
        Gauge.builder("portal.surveys.csat", this, m -> m.lastWeek(true)).baseUnit("percent")
                .description("Share of ratings of 4 or 5 in the last whole week").register(registry);
        Gauge.builder("portal.surveys.response.rate", this, m -> m.lastWeek(false)).baseUnit("percent")
                .description("Responses per invitation in the last whole week").register(registry);
    }

    private double lastWeek(boolean csat) {
        return statistics.lastWeek(LocalDate.now(clock.withZone(PortalDates.zone())))
                .map(f -> csat ? f.csatPercent() : f.responseRate())
                .map(v -> v == null ? Double.NaN : v).orElse(Double.NaN);
    }
}
