package org.eshraqa.portal.surveys;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.shared.PortalDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the dashboards show, always through {@link Suppression}: no caller ever receives a
 * figure describing fewer than k people ({@code portal.surveys.min-cell-size}, 5 by default), nor
 * two that differ by fewer than k. Every figure counts whole weeks (Sunday to Saturday) that have
 * ended; a month is the weeks that begin in it. Read from the weekly summary rows
 * ({@link SurveyRollups}), never by loading responses; only the few comments shown are read from
 * the responses themselves.
 */
@Service
public class SurveyStatistics {

    /** Breakdowns of the full dashboard, in this order. */
    public static final List<Dimension> BREAKDOWNS = List.of(Dimension.TRIGGER, Dimension.SERVICE, Dimension.CHANNEL,
            Dimension.REGION, Dimension.STEP);

    public enum Granularity { WEEK, MONTH }

    /** One bucket of a trend: a week (starting Sunday) or a month of the chosen calendar. */
    public record Bucket(LocalDate start, MonthKey month, Figures figures) {
    }

    /** One value of a breakdown with its figures. */
    public record Cell(String value, String label, Figures figures) {
    }

    /** A rated dimension's mean (1–5) and the share who rated it 1 or 2; empty when hidden. */
    public record RatingCell(String code, boolean shown, Double mean, Double lowPercent) {
    }

    public record Overview(int minCellSize, Figures headline, List<Bucket> trend, Map<Dimension, List<Cell>> breakdowns,
                           List<RatingCell> ratings) {
    }

    /** A comment as staff may read it: no name, personal details masked. */
    public record Comment(Instant at, TriggerType trigger, String text) {
    }

    /** The value of a breakdown's row of people with no value for it. */
    public static final String NO_VALUE = "";

    private final SurveyRollups rollups;
    private final EntityManager entityManager;
    private final Accounts accounts;
    private final Clock clock;
    private final int k;

    SurveyStatistics(SurveyRollups rollups, EntityManager entityManager, Accounts accounts, Clock clock,
                     @Value("${portal.surveys.min-cell-size:5}") int minCellSize) {
        this.rollups = rollups;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.clock = clock;
        this.k = Math.max(2, minCellSize);
    }

    public int minCellSize() {
        return k;
    }

    /** The quality manager's dashboard: headline, trend, every breakdown and the rated dimensions. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public Overview overview(StatsQuery query, Granularity granularity) {
        Weeks weeks = weeks(query, today());
        Reader reader = new Reader(query, weeks);
        Map<LocalDate, SurveyRollups.Measures> total = reader.total();
        boolean shown = reader.headlineSafe();
        Figures headline = shown ? Figures.of(sum(total)) : Figures.hidden();
        Map<Dimension, List<Cell>> breakdowns = new EnumMap<>(Dimension.class);
        for (Dimension dimension : BREAKDOWNS) {
            if (dimension != query.filter()) {
                breakdowns.put(dimension, shown ? reader.cells(dimension) : List.of());
            }
        }
        return new Overview(k, headline, shown ? trend(total, query, granularity) : List.of(), breakdowns,
                shown ? reader.ratings() : List.of());
    }

    /**
     * Figures per member of staff (and per team), for the quality manager only, and framed as
     * development: where support and training may help. Not available with a filter.
     */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<Cell> perStaff(StatsQuery query, Dimension dimension) {
        if (dimension != Dimension.STAFF && dimension != Dimension.TEAM) {
            throw new IllegalArgumentException("Per staff or per team only");
        }
        StatsQuery all = StatsQuery.months(query.from(), query.to());
        Reader reader = new Reader(all, weeks(all, today()));
        List<Cell> cells = reader.headlineSafe() ? reader.cells(dimension) : List.of();
        if (dimension == Dimension.TEAM) {
            return cells;
        }
        List<Long> ids = cells.stream().map(c -> accountId(c.value())).filter(Objects::nonNull).toList();
        Map<Long, AccountSummary> staff = accounts.summariesOf(ids);
        return cells.stream().map(c -> new Cell(c.value(), nameOf(c.value(), staff), c.figures())).toList();
    }

    /**
     * Recent comments, whatever the ratings given with them, newest first, masked like every
     * comment shown (a comment with no low-rated aspect appeared nowhere before). The same weeks and
     * the same exclusion of people who asked to be contacted as {@link #lowComments}; no score is
     * shown beside them.
     */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<Comment> comments(StatsQuery query, int limit) {
        Weeks weeks = weeks(query, today());
        if (!new Reader(query, weeks).headlineSafe()) {
            return List.of();
        }
        String filter = query.filter() == null ? "" : " and r." + column(query.filter()) + " = :value";
        var typed = entityManager.createQuery("select r from SurveyResponse r where r.comment is not null"
                        + " and r.mayContact = false and r.answeredOn between :from and :to" + filter + " order by r.id desc",
                SurveyResponse.class).setParameter("from", weeks.first()).setParameter("to", weeks.last())
                .setMaxResults(Math.max(1, Math.min(limit, 50)));
        if (query.filter() != null) {
            typed.setParameter("value", query.filter() == Dimension.TRIGGER ? TriggerType.valueOf(query.filterValue())
                    : query.filterValue());
        }
        return typed.getResultList().stream()
                .map(r -> new Comment(r.answeredAt(), r.context().trigger(), PersonalDataMask.mask(r.comment())))
                .toList();
    }

    /**
     * Recent comments of people who rated this dimension 1 or 2 (or, with no code, whose overall
     * satisfaction was 1 or 2), newest first; none when the query's own figure is hidden. Never of
     * people who asked to be contacted: the quality manager reads their comment with their name in
     * the contact requests, so here it would tell how that named person rated.
     */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<Comment> lowComments(StatsQuery query, String ratingCode, int limit) {
        Weeks weeks = weeks(query, today());
        if (!new Reader(query, weeks).headlineSafe()) {
            return List.of();
        }
        String filter = query.filter() == null ? "" : " and r." + column(query.filter()) + " = :value";
        var jpql = ratingCode == null
                ? "select r from SurveyResponse r where r.csat <= 2 and r.comment is not null and r.mayContact = false"
                + " and r.answeredOn between :from and :to" + filter + " order by r.id desc"
                : "select r from SurveyResponse r join r.ratings rating where key(rating) = :code and value(rating) <= 2"
                + " and r.comment is not null and r.mayContact = false and r.answeredOn between :from and :to"
                + filter + " order by r.id desc";
        var typed = entityManager.createQuery(jpql, SurveyResponse.class).setParameter("from", weeks.first())
                .setParameter("to", weeks.last()).setMaxResults(Math.max(1, Math.min(limit, 50)));
        if (ratingCode != null) {
            typed.setParameter("code", ratingCode);
        }
        if (query.filter() != null) {
            typed.setParameter("value", query.filter() == Dimension.TRIGGER ? TriggerType.valueOf(query.filterValue())
                    : query.filterValue());
        }
        return typed.getResultList().stream()
                .map(r -> new Comment(r.answeredAt(), r.context().trigger(), PersonalDataMask.mask(r.comment())))
                .toList();
    }

    /**
     * The headline figures of the last three whole months, for every member of staff: how the people
     * served feel, without breakdowns, comments or names. The same weeks and rules as the dashboard.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER', 'VOLUNTEER_COORDINATOR', 'QUALITY_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Figures recentHeadline(LocalDate today) {
        MonthKey now = MonthKey.of(CalendarKind.GREGORIAN, today);
        StatsQuery query = StatsQuery.months(now.plus(-3), now.plus(-1));
        Reader reader = new Reader(query, weeks(query, today));
        return reader.headlineSafe() ? Figures.of(sum(reader.total())) : Figures.hidden();
    }

    /**
     * Overall CSAT and response rate of the last whole week (Sunday to Saturday) before
     * {@code today}, for the metrics; empty below k responses. It changes once a week, never with
     * one answer, and is the same week the weekly trend shows.
     */
    Optional<Figures> lastWeek(LocalDate today) {
        LocalDate saturday = lastEndedSaturday(today);
        SurveyRollups.Measures m = sum(rollups.weekRows(SurveyRollups.ALL, "", SurveyRollups.TOTAL,
                saturday.minusDays(6), saturday.minusDays(6)));
        return m.responses() >= k ? Optional.of(Figures.of(m)) : Optional.empty();
    }

    /** The weeks a query counts: those beginning in its months that have ended by {@code today}. */
    record Weeks(LocalDate first, LocalDate last) {

        boolean empty() {
            return last.isBefore(first);
        }

        LocalDate lastSunday() {
            return last.minusDays(6);
        }
    }

    static Weeks weeks(StatsQuery query, LocalDate today) {
        LocalDate last = query.lastDay();
        LocalDate ended = lastEndedSaturday(today);
        return new Weeks(query.firstDay(), last.isAfter(ended) ? ended : last);
    }

    /** The Saturday that ends the last week over before today. */
    static LocalDate lastEndedSaturday(LocalDate today) {
        return today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalDates.zone()));
    }

    // ---------------------------------------------------------------- internals

    /**
     * Reads the weekly rows of one query and judges them by {@link Suppression}: each series
     * against the series that contain it. Every read is of the weekly summary rows, never of
     * responses.
     */
    private final class Reader {

        private final StatsQuery query;
        private final Weeks weeks;
        private Map<LocalDate, SurveyRollups.Measures> total;
        private Map<LocalDate, SurveyRollups.Measures> everyone;

        Reader(StatsQuery query, Weeks weeks) {
            this.query = query;
            this.weeks = weeks;
        }

        Map<LocalDate, SurveyRollups.Measures> total() {
            if (total == null) {
                total = series(query.filterDim(), query.filterKey(), SurveyRollups.TOTAL).getOrDefault("", Map.of());
            }
            return total;
        }

        /** Everyone, without the filter: the series that contains every other. */
        Map<LocalDate, SurveyRollups.Measures> everyone() {
            if (query.filter() == null) {
                return total();
            }
            if (everyone == null) {
                everyone = series(SurveyRollups.ALL, "", SurveyRollups.TOTAL).getOrDefault("", Map.of());
            }
            return everyone;
        }

        boolean headlineSafe() {
            List<Map<LocalDate, Long>> containing = query.filter() == null ? List.of() : List.of(counts(everyone()));
            return Suppression.weeklySafe(counts(total()), containing, k);
        }

        /** One breakdown, the people with no value for it as a row like any other. */
        List<Cell> cells(Dimension dimension) {
            Map<String, Map<LocalDate, SurveyRollups.Measures>> rows = withNoValue(
                    series(query.filterDim(), query.filterKey(), dimension.name()), total());
            // Without the filter, the same row's people: the filter's row must not differ from it by a few.
            Map<String, Map<LocalDate, SurveyRollups.Measures>> unfiltered = query.filter() == null ? Map.of()
                    : withNoValue(series(SurveyRollups.ALL, "", dimension.name()), everyone());
            Map<LocalDate, Long> totalCounts = counts(total());
            List<String> values = rows.keySet().stream().filter(v -> sum(rows.get(v)).responses() > 0).toList();
            List<String> shown = new ArrayList<>();
            for (String value : values) {
                List<Map<LocalDate, Long>> containing = new ArrayList<>(List.of(totalCounts));
                if (query.filter() != null) {
                    containing.add(counts(unfiltered.getOrDefault(value, Map.of())));
                    containing.add(counts(everyone()));
                }
                if (Suppression.weeklySafe(counts(rows.get(value)), containing, k)) {
                    shown.add(value);
                }
            }
            if (!Suppression.complementSafe(totalCounts, shown.stream().map(v -> counts(rows.get(v))).toList(), k)) {
                shown = List.of();
            }
            List<Cell> cells = new ArrayList<>();
            for (String value : values) {
                cells.add(new Cell(value, value, shown.contains(value) ? Figures.of(sum(rows.get(value)))
                        : Figures.hidden()));
            }
            cells.sort(Comparator.comparing((Cell c) -> !c.figures().shown())
                    .thenComparing(c -> -c.figures().responses()));
            return cells;
        }

        List<RatingCell> ratings() {
            Map<String, SurveyRollups.RatingTotals> totals = new TreeMap<>();
            Map<String, Map<LocalDate, Long>> counts = ratingCounts(query.filterDim(), query.filterKey(), totals);
            Map<String, Map<LocalDate, Long>> unfiltered = query.filter() == null ? Map.of()
                    : ratingCounts(SurveyRollups.ALL, "", new TreeMap<>());
            List<RatingCell> cells = new ArrayList<>();
            for (SurveyRollups.RatingTotals t : totals.values()) {
                List<Map<LocalDate, Long>> containing = query.filter() == null ? List.of()
                        : List.of(unfiltered.getOrDefault(t.code(), Map.of()));
                boolean shown = t.n() > 0 && Suppression.weeklySafe(counts.get(t.code()), containing, k);
                cells.add(new RatingCell(t.code(), shown, shown ? (double) t.sum() / t.n() : null,
                        shown ? 100.0 * t.low() / t.n() : null));
            }
            cells.sort(Comparator.comparing((RatingCell c) -> !c.shown())
                    .thenComparing(c -> c.mean() == null ? 9 : c.mean()));
            return cells;
        }

        /** Aspect → week → raters, adding each aspect's totals to {@code totals}. */
        private Map<String, Map<LocalDate, Long>> ratingCounts(String filterDim, String filterValue,
                                                               Map<String, SurveyRollups.RatingTotals> totals) {
            Map<String, Map<LocalDate, Long>> counts = new TreeMap<>();
            if (!weeks.empty()) {
                for (SurveyRollups.RatingDay day : rollups.weekRatings(filterDim, filterValue, weeks.first(),
                        weeks.lastSunday())) {
                    totals.merge(day.code(), day.totals(), SurveyRollups.RatingTotals::plus);
                    counts.computeIfAbsent(day.code(), x -> new TreeMap<>()).merge(day.day(), day.totals().n(),
                            Long::sum);
                }
            }
            return counts;
        }

        /** Value → week → measures, over the query's weeks. */
        private Map<String, Map<LocalDate, SurveyRollups.Measures>> series(String filterDim, String filterValue,
                                                                          String groupDim) {
            Map<String, Map<LocalDate, SurveyRollups.Measures>> series = new TreeMap<>();
            if (weeks.empty()) {
                return series;
            }
            for (SurveyRollups.Row row : rollups.weekRows(filterDim, filterValue, groupDim, weeks.first(),
                    weeks.lastSunday())) {
                series.computeIfAbsent(row.value(), x -> new TreeMap<>()).merge(row.day(), row.measures(),
                        SurveyRollups.Measures::plus);
            }
            return series;
        }
    }

    /** The rows of a breakdown and, under {@link #NO_VALUE}, the total minus all of them. */
    private static Map<String, Map<LocalDate, SurveyRollups.Measures>> withNoValue(
            Map<String, Map<LocalDate, SurveyRollups.Measures>> rows, Map<LocalDate, SurveyRollups.Measures> total) {
        Map<LocalDate, SurveyRollups.Measures> none = new TreeMap<>(total);
        rows.values().forEach(row -> row.forEach((week, m) -> none.compute(week,
                (w, t) -> (t == null ? SurveyRollups.Measures.NONE : t).minus(m))));
        Map<String, Map<LocalDate, SurveyRollups.Measures>> all = new TreeMap<>(rows);
        all.put(NO_VALUE, none);
        return all;
    }

    /** The trend: every week (or month) of a shown headline holds no one or at least k already. */
    private List<Bucket> trend(Map<LocalDate, SurveyRollups.Measures> total, StatsQuery query,
                               Granularity granularity) {
        Map<LocalDate, SurveyRollups.Measures> buckets = new TreeMap<>();
        Map<LocalDate, MonthKey> months = new LinkedHashMap<>();
        total.forEach((week, m) -> {
            LocalDate start = week;
            if (granularity == Granularity.MONTH) {
                // A week counts in the month its Sunday is in.
                MonthKey month = MonthKey.of(query.calendar(), week);
                start = month.firstDay();
                months.put(start, month);
            }
            buckets.merge(start, m, SurveyRollups.Measures::plus);
        });
        List<Bucket> trend = new ArrayList<>();
        buckets.forEach((start, m) -> trend.add(new Bucket(start, months.get(start),
                m.responses() >= k ? Figures.of(m) : Figures.hidden())));
        return trend;
    }

    private static Map<LocalDate, Long> counts(Map<LocalDate, SurveyRollups.Measures> series) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        series.forEach((week, m) -> counts.put(week, m.responses()));
        return counts;
    }

    private static SurveyRollups.Measures sum(Map<LocalDate, SurveyRollups.Measures> series) {
        return series.values().stream().reduce(SurveyRollups.Measures.NONE, SurveyRollups.Measures::plus);
    }

    private static SurveyRollups.Measures sum(List<SurveyRollups.Row> rows) {
        return rows.stream().map(SurveyRollups.Row::measures).reduce(SurveyRollups.Measures.NONE,
                SurveyRollups.Measures::plus);
    }

    /** The member's name, one query for the whole table (it used to be one per member). */
    private static String nameOf(String staffAccountId, Map<Long, AccountSummary> staff) {
        Long id = accountId(staffAccountId);
        if (id == null) {
            return staffAccountId;
        }
        AccountSummary summary = staff.get(id);
        return summary != null ? summary.fullName() : "#" + staffAccountId;
    }

    private static Long accountId(String staffAccountId) {
        try {
            return Long.parseLong(staffAccountId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String column(Dimension dimension) {
        return switch (dimension) {
            case TRIGGER -> "triggerType";
            case SERVICE -> "serviceCode";
            case CHANNEL -> "channel";
            case REGION -> "region";
            case STEP -> "step";
            default -> throw new IllegalArgumentException("Not a filter: " + dimension);
        };
    }
}
