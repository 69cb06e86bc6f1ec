package org.eshraqa.portal.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open work that the dashboard and the staff summary show, as running totals: open requests
 * per state and expected decision date ({@code support_request_open_day}). Every change of a
 * request's state moves it from one total to another in the same transaction ({@link #moved});
 * a change made in SQL (erasure) calls {@link #leave} first. Counting open and overdue requests
 * then adds up a few hundred rows instead of reading every open request.
 */
@Component
class OpenWork {

    /** The states of requests staff still work on ({@link RequestState#isOpen}): the queue's default, the figures. */
    static final Set<RequestState> OPEN = EnumSet.copyOf(Arrays.stream(RequestState.values())
            .filter(RequestState::isOpen).toList());

    /** Where a request without an expected decision date is counted: never overdue. */
    static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    /** {@link #OPEN} as an SQL list: {@code ('SUBMITTED', …)}. */
    private static final String IN_OPEN = RequestState.sqlList(RequestState::isOpen);

    /** One running total: the primary key of its row. */
    record Place(RequestState state, LocalDate due) {
        /** The rows' own order (state name, then date), so two changes never lock rows in opposite orders. */
        static final Comparator<Place> KEY_ORDER = Comparator.comparing((Place p) -> p.state().name())
                .thenComparing(Place::due);
    }

    /** Open requests per state, and how many of them are past their expected decision date. */
    record Totals(Map<RequestState, Long> byState, long overdue) {
    }

    private final JdbcClient jdbc;

    OpenWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where this request counts now; empty for a draft or a closed request. */
    static Optional<Place> placeOf(SupportRequest request) {
        if (!OPEN.contains(request.state())) {
            return Optional.empty();
        }
        LocalDate due = request.expectedDecisionDate();
        return Optional.of(new Place(request.state(), due == null ? NO_DATE : due));
    }

    /** A request went from one place to another (either may be empty: it opened or closed). */
    void moved(Optional<Place> from, Optional<Place> to) {
        if (from.equals(to)) {
            return;
        }
        Map<Place, Integer> changes = new TreeMap<>(Place.KEY_ORDER);
        from.ifPresent(place -> changes.merge(place, -1, Integer::sum));
        to.ifPresent(place -> changes.merge(place, 1, Integer::sum));
        changes.forEach((place, delta) -> {
            jdbc.sql("""
                            insert into support_request_open_day (state, due_date, requests) values (:state, :due, :delta)
                            on duplicate key update requests = requests + values(requests)
                            """)
                    .param("state", place.state().name()).param("due", place.due()).param("delta", delta).update();
            if (delta < 0) {
                // Totals that reach nothing go, so the table holds only the dates with open work.
                jdbc.sql("delete from support_request_open_day where state = :state and due_date = :due and requests = 0")
                        .param("state", place.state().name()).param("due", place.due()).update();
            }
        });
    }

    /** These requests are about to leave their open states by a change made in SQL. */
    void leave(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into support_request_open_day (state, due_date, requests)
                        select state, coalesce(expected_decision_date, :noDate), -count(*) from support_request
                        where id in (:ids) and state in %s group by 1, 2 order by 1, 2
                        on duplicate key update requests = requests + values(requests)
                        """.formatted(IN_OPEN))
                .param("ids", requestIds).param("noDate", NO_DATE).update();
    }

    Totals totals(LocalDate today) {
        Map<RequestState, Long> byState = new EnumMap<>(RequestState.class);
        long[] overdue = {0};
        jdbc.sql("""
                        select state, sum(requests), sum(case when due_date < :today then requests else 0 end)
                        from support_request_open_day group by state having sum(requests) <> 0
                        """)
                .param("today", today)
                .query(rs -> {
                    byState.put(RequestState.valueOf(rs.getString(1)), rs.getLong(2));
                    overdue[0] += rs.getLong(3);
                });
        return new Totals(byState, overdue[0]);
    }

    /** Recounts every total from the requests: after a bulk load or a restore. */
    void rebuild() {
        jdbc.sql("delete from support_request_open_day").update();
        jdbc.sql("""
                insert into support_request_open_day (state, due_date, requests)
                select state, coalesce(expected_decision_date, :noDate), count(*) from support_request
                where state in %s group by 1, 2
                """.formatted(IN_OPEN)).param("noDate", NO_DATE).update();
    }
}
