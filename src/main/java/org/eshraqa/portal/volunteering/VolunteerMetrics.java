package org.eshraqa.portal.volunteering;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code portal.volunteers.active}: counted at each scrape. */
@Component
class VolunteerMetrics implements MeterBinder {

    private final VolunteerApplications applications;

    VolunteerMetrics(VolunteerApplications applications) {
        this.applications = applications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.volunteers.active", applications, VolunteerApplications::countActive)
                .description("Volunteers whose application is active").register(registry);
    }
}
