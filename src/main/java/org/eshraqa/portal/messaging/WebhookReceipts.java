package org.eshraqa.portal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replay store: every webhook event handled (a delivery report, a person's message) is
 * written here by provider and event id first; an event already here is a replay and changes
 * nothing. Kept 30 days, longer than any provider retries a call.
 */
@Component
class WebhookReceipts {

    static final Duration KEPT = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookReceipts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the event; false if it was recorded before (a replay). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean first(String provider, String eventId) {
        String id = eventId.length() > 190 ? eventId.substring(0, 190) : eventId;
        return jdbc.sql("insert ignore into webhook_receipt (provider, event_id, received_at) values (:p, :e, :now)")
                .param("p", provider).param("e", id)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime()).update() == 1;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Riyadh")
    @SchedulerLock(name = "webhook-receipts-prune", lockAtMostFor = "PT10M")
    @Transactional
    public void prune() {
        jdbc.sql("delete from webhook_receipt where received_at < :cutoff")
                .param("cutoff", clock.instant().minus(KEPT).atOffset(ZoneOffset.UTC).toLocalDateTime()).update();
    }
}
