package org.eshraqa.portal.notifications;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The job that delivers what failed: an event whose listener threw (the mail server was down,
 * say) stays incomplete in the publication registry and is handed to its listeners again here,
 * while the portal runs; at start-up Spring Modulith does the same.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);

    @Bean
    Redelivery redelivery(IncompleteEventPublications incomplete,
                          @Value("${portal.notifications.retry-after:PT1M}") Duration retryAfter) {
        return new Redelivery(incomplete, retryAfter);
    }

    /** Resubmits publications that have been incomplete for longer than {@code retryAfter}. */
    static class Redelivery {

        private final IncompleteEventPublications incomplete;
        private final Duration retryAfter;

        Redelivery(IncompleteEventPublications incomplete, Duration retryAfter) {
            this.incomplete = incomplete;
            this.retryAfter = retryAfter;
        }

        /**
         * With several nodes one resubmits at a time, so no failed mail goes out twice at once, and
         * the lock is held at least 30 s, so N nodes do not resubmit N times a minute.
         */
        @Scheduled(fixedDelayString = "${portal.notifications.retry-interval:PT1M}",
                initialDelayString = "${portal.notifications.retry-interval:PT1M}")
        @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
        void resubmit() {
            resubmitOlderThan(retryAfter);
        }

        void resubmitOlderThan(Duration age) {
            log.debug("Resubmitting event publications incomplete for more than {}", age);
            incomplete.resubmitIncompletePublicationsOlderThan(age);
        }
    }
}
