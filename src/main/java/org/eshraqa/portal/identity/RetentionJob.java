package org.eshraqa.portal.identity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention rule every night (configurable): closed files older than
 * {@code portal.retention.closed-files} are anonymised. With several nodes only one runs it.
 */
@Component
class RetentionJob {

    private final PersonalDataRights rights;

    RetentionJob(PersonalDataRights rights) {
        this.rights = rights;
    }

    @Scheduled(cron = "${portal.retention.schedule:0 30 2 * * *}", zone = "${portal.time-zone:Asia/Riyadh}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void run() {
        rights.applyRetention();
    }
}
