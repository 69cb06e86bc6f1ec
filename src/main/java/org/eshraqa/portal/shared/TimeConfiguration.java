package org.eshraqa.portal.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The association's time zone for every date and time shown ({@link PortalDates#zone()}). */
    TimeConfiguration(@Value("${portal.time-zone:Asia/Riyadh}") String zone) {
        PortalDates.useZone(ZoneId.of(zone));
    }

    /** Services take the time from this clock so tests can move it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
