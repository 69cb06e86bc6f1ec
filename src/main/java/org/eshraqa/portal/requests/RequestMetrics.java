package org.eshraqa.portal.requests;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code portal.requests.overdue}: open requests past their expected decision date, counted at each scrape. */
@Component
class RequestMetrics implements MeterBinder {

    private final SupportRequests requests;

    RequestMetrics(SupportRequests requests) {
        this.requests = requests;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.requests.overdue", requests, SupportRequests::countOverdue)
                .description("Open support requests past their expected decision date").register(registry);
    }
}
