package org.eshraqa.portal.surveys;

import jakarta.persistence.EntityManager;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the dashboards show, always through {@link Suppression}: no caller ever receives a
 * cell describing fewer than k people ({@code portal.surveys.min-cell-size}, 5 by default). Read
 * from the summary tables ({@link SurveyRollups}: monthly rows, daily ones for weeks), never by loading responses; only the few
 * comments shown are read from the responses themselves.
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

    private final SurveyRollups rollups;
    private final EntityManager entityManager;
    private final Accounts accounts;
    private final int k;

    SurveyStatistics(SurveyRollups rollups, EntityManager entityManager, Accounts accounts,
                     @Value("${portal.surveys.min-cell-size:5}") int minCellSize) {
        this.rollups = rollups;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.k = Math.max(2, minCellSize);
    }

    public int minCellSize() {
        return k;
    }

    /** The quality manager's dashboard: headline, trend, every breakdown and the rated dimensions. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public Overview overview(StatsQuery query, Granularity granularity) {
        List<SurveyRollups.Row> total = rows(query, SurveyRollups.TOTAL);
        // Weeks cross months: the weekly trend alone sums the daily rows.
        List<SurveyRollups.Row> series = granularity == Granularity.WEEK
                ? rollups.rows(query.filterDim(), query.filterKey(), SurveyRollups.TOTAL, query.firstDay(), query.lastDay())
                : total;
        boolean shown = Suppression.partitionSafe(monthly(total, query.calendar(), r -> "").getOrDefault("",
                Map.of()).values(), k);
        Figures headline = shown ? Figures.of(sum(total)) : Figures.hidden();
        Map<Dimension, List<Cell>> breakdowns = new EnumMap<>(Dimension.class);
        for (Dimension dimension : BREAKDOWNS) {
            if (dimension != query.filter()) {
                breakdowns.put(dimension, shown ? cells(query, dimension) : List.of());
            }
        }
        return new Overview(k, headline, shown ? trend(series, query, granularity) : List.of(), breakdowns,
                shown ? ratings(query) : List.of());
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
        List<Cell> cells = cells(all, dimension);
        if (dimension == Dimension.TEAM) {
            return cells;
        }
        List<Long> ids = cells.stream().map(c -> accountId(c.value())).filter(Objects::nonNull).toList();
        Map<Long, AccountSummary> staff = accounts.summariesOf(ids);
        return cells.stream().map(c -> new Cell(c.value(), nameOf(c.value(), staff), c.figures())).toList();
    }

    /**
     * Recent comments of people who rated this dimension 1 or 2 (or, with no code, whose overall
     * satisfaction was 1 or 2), newest first; none when the query's own cell is hidden.
     */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<Comment> lowComments(StatsQuery query, String ratingCode, int limit) {
        List<SurveyRollups.Row> total = rows(query, SurveyRollups.TOTAL);
        if (!Suppression.partitionSafe(monthly(total, query.calendar(), r -> "").getOrDefault("", Map.of()).values(),
                k)) {
            return List.of();
        }
        String filter = query.filter() == null ? "" : " and r." + column(query.filter()) + " = :value";
        var jpql = ratingCode == null
                ? "select r from SurveyResponse r where r.csat <= 2 and r.comment is not null"
                + " and r.answeredOn between :from and :to" + filter + " order by r.id desc"
                : "select r from SurveyResponse r join r.ratings rating where key(rating) = :code and value(rating) <= 2"
                + " and r.comment is not null and r.answeredOn between :from and :to" + filter + " order by r.id desc";
        var typed = entityManager.createQuery(jpql, SurveyResponse.class).setParameter("from", query.firstDay())
                .setParameter("to", query.lastDay()).setMaxResults(Math.max(1, Math.min(limit, 50)));
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
     * served feel, without breakdowns, comments or names.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER', 'VOLUNTEER_COORDINATOR', 'QUALITY_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Figures recentHeadline(LocalDate today) {
        MonthKey now = MonthKey.of(CalendarKind.GREGORIAN, today);
        StatsQuery query = StatsQuery.months(now.plus(-3), now.plus(-1));
        List<SurveyRollups.Row> total = rows(query, SurveyRollups.TOTAL);
        boolean shown = Suppression.partitionSafe(monthly(total, query.calendar(), r -> "").getOrDefault("",
                Map.of()).values(), k);
        return shown ? Figures.of(sum(total)) : Figures.hidden();
    }

    /** Overall CSAT and response rate over the last days, for the metrics; empty below k responses. */
    Optional<Figures> lastDays(LocalDate today, int days) {
        List<SurveyRollups.Row> total = rollups.rows(SurveyRollups.ALL, "", SurveyRollups.TOTAL,
                today.minusDays(days - 1L), today);
        SurveyRollups.Measures m = sum(total);
        return m.responses() >= k ? Optional.of(Figures.of(m)) : Optional.empty();
    }

    // ---------------------------------------------------------------- internals

    /** The monthly rows of the query's whole months. */
    private List<SurveyRollups.Row> rows(StatsQuery query, String groupDim) {
        return rollups.monthRows(query.calendar(), query.filterDim(), query.filterKey(), groupDim, query.firstDay(),
                query.lastDay());
    }

    /** One breakdown: each value's cell through both rules of {@link Suppression}. */
    private List<Cell> cells(StatsQuery query, Dimension dimension) {
        List<SurveyRollups.Row> rows = rows(query, dimension.name());
        Map<String, Map<MonthKey, Long>> monthly = monthly(rows, query.calendar(), SurveyRollups.Row::value);
        Map<String, SurveyRollups.Measures> sums = new TreeMap<>();
        rows.forEach(r -> sums.merge(r.value(), r.measures(), SurveyRollups.Measures::plus));
        List<String> values = new ArrayList<>(sums.keySet());
        values.removeIf(v -> sums.get(v).responses() == 0);
        List<Long> counts = values.stream().map(v -> sums.get(v).responses()).toList();
        Set<Integer> hidden = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!Suppression.partitionSafe(monthly.get(values.get(i)).values(), k)) {
                hidden.add(i);
            }
        }
        hidden = Suppression.complementary(counts, hidden, k);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            cells.add(new Cell(value, value, hidden.contains(i) ? Figures.hidden() : Figures.of(sums.get(value))));
        }
        cells.sort(Comparator.comparing((Cell c) -> !c.figures().shown()).thenComparing(c -> -c.figures().responses()));
        return cells;
    }

    private List<Bucket> trend(List<SurveyRollups.Row> total, StatsQuery query, Granularity granularity) {
        Map<LocalDate, SurveyRollups.Measures> buckets = new TreeMap<>();
        Map<LocalDate, MonthKey> months = new LinkedHashMap<>();
        for (SurveyRollups.Row row : total) {
            LocalDate start;
            if (granularity == Granularity.WEEK) {
                start = row.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            } else {
                MonthKey month = MonthKey.of(query.calendar(), row.day());
                start = month.firstDay();
                months.put(start, month);
            }
            buckets.merge(start, row.measures(), SurveyRollups.Measures::plus);
        }
        List<LocalDate> starts = new ArrayList<>(buckets.keySet());
        List<Long> counts = starts.stream().map(s -> buckets.get(s).responses()).toList();
        Set<Integer> small = new java.util.HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            // A week the period cuts would differ from the same week in a longer period by a few days.
            boolean cut = granularity == Granularity.WEEK && (starts.get(i).isBefore(query.firstDay())
                    || starts.get(i).plusDays(6).isAfter(query.lastDay()));
            if (cut || counts.get(i) > 0 && counts.get(i) < k) {
                small.add(i);
            }
        }
        Set<Integer> hidden = Suppression.complementary(counts, small, k);
        List<Bucket> trend = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            trend.add(new Bucket(start, months.get(start), hidden.contains(i) || counts.get(i) == 0 ? Figures.hidden()
                    : Figures.of(buckets.get(start))));
        }
        return trend;
    }

    private List<RatingCell> ratings(StatsQuery query) {
        Map<String, SurveyRollups.RatingTotals> totals = new TreeMap<>();
        Map<String, Map<MonthKey, Long>> monthly = new TreeMap<>();
        for (SurveyRollups.RatingDay day : rollups.ratings(query.calendar(), query.filterDim(), query.filterKey(), query.firstDay(),
                query.lastDay())) {
            totals.merge(day.code(), day.totals(), SurveyRollups.RatingTotals::plus);
            monthly.computeIfAbsent(day.code(), x -> new TreeMap<>())
                    .merge(MonthKey.of(query.calendar(), day.day()), day.totals().n(), Long::sum);
        }
        List<RatingCell> cells = new ArrayList<>();
        for (SurveyRollups.RatingTotals t : totals.values()) {
            boolean shown = Suppression.partitionSafe(monthly.get(t.code()).values(), k);
            cells.add(new RatingCell(t.code(), shown, shown ? (double) t.sum() / t.n() : null,
                    shown ? 100.0 * t.low() / t.n() : null));
        }
        cells.sort(Comparator.comparing((RatingCell c) -> !c.shown()).thenComparing(c -> c.mean() == null ? 9 : c.mean()));
        return cells;
    }

    private static Map<String, Map<MonthKey, Long>> monthly(List<SurveyRollups.Row> rows, CalendarKind calendar,
                                                             Function<SurveyRollups.Row, String> key) {
        Map<String, Map<MonthKey, Long>> monthly = new LinkedHashMap<>();
        for (SurveyRollups.Row row : rows) {
            monthly.computeIfAbsent(key.apply(row), x -> new TreeMap<>())
                    .merge(MonthKey.of(calendar, row.day()), row.measures().responses(), Long::sum);
        }
        return monthly;
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
