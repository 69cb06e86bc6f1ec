package org.eshraqa.portal.requests;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions per Riyadh day that the service figures read ({@code support_request_decision_day}):
 * how many, how many by their expected date, and the seconds from submission to decision. Whoever
 * sets or moves a request's {@code decided_at} calls {@link #remove} before and {@link #add} after
 * the change is flushed, in the same transaction, so the day rows always equal the requests'.
 */
@Component
class DecisionDays {

    /** One request's share of its decision day, from the row itself: the figures' own expressions. */
    private static final String SHARE = """
            insert into support_request_decision_day (day, decided, within_target, decision_seconds)
            select date(convert_tz(decided_at, '+00:00', '+03:00')), :sign,
                   :sign * (date(convert_tz(decided_at, '+00:00', '+03:00')) <= expected_decision_date),
                   :sign * coalesce(timestampdiff(second, submitted_at, decided_at), 0)
            from support_request where id in (:ids) and decided_at is not null
            on duplicate key update decided = decided + values(decided),
                within_target = within_target + values(within_target),
                decision_seconds = decision_seconds + values(decision_seconds)
            """;

    /** Decisions, decided by the expected date, and the mean days to decide, over some days. */
    record Totals(long decided, long withinTarget, Double meanDays) {
    }

    private final JdbcClient jdbc;

    DecisionDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remove(Collection<Long> requestIds) {
        share(requestIds, -1);
    }

    void add(Collection<Long> requestIds) {
        share(requestIds, 1);
    }

    private void share(Collection<Long> requestIds, int sign) {
        if (!requestIds.isEmpty()) {
            jdbc.sql(SHARE).param("sign", sign).param("ids", requestIds).update();
        }
    }

    /** From {@code from} to {@code to}, Riyadh days, inclusive. */
    Totals between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select coalesce(sum(decided), 0), coalesce(sum(within_target), 0), sum(decision_seconds)
                        from support_request_decision_day where day between :from and :to
                        """)
                .param("from", from).param("to", to)
                .query((rs, i) -> {
                    long decided = rs.getLong(1);
                    return new Totals(decided, rs.getLong(2), decided == 0 ? null : rs.getLong(3) / 86400.0 / decided);
                }).single();
    }

    /** Recounts every day from the requests: after a bulk load or a restore. */
    void rebuild() {
        jdbc.sql("delete from support_request_decision_day").update();
        jdbc.sql("""
                insert into support_request_decision_day (day, decided, within_target, decision_seconds)
                select date(convert_tz(decided_at, '+00:00', '+03:00')), count(*),
                       sum(date(convert_tz(decided_at, '+00:00', '+03:00')) <= expected_decision_date),
                       coalesce(sum(timestampdiff(second, submitted_at, decided_at)), 0)
                from support_request where decided_at is not null group by 1
                """).update();
    }
}
