package org.eshraqa.portal.surveys;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The summary tables the dashboards read. Every invitation and every response adds its counts, in
 * its own transaction, to one row per day and one row per month of each calendar, for each filter
 * the dashboard offers (all responses, or one value of one dimension) and each breakdown (the
 * total, or one dimension), and to one row per week (Sunday to Saturday): the dashboards read only
 * the weekly rows, so any figure is a sum over at most weeks × values rows, however many responses
 * there are. The monthly rows are still kept (no longer read); the others are rebuilt from the
 * daily rows.
 *
 * <p>Filters are the dimensions of {@link Dimension#isFilter()}; the per-staff and per-team
 * breakdowns exist only without a filter.
 */
@Component
class SurveyRollups {

    static final String ALL = "ALL";
    static final String TOTAL = "TOTAL";

    private final JdbcTemplate jdbc;

    SurveyRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The measures of one cell, summed over its rows. */
    record Measures(long invited, long responses, long csatSum, long csatTop, long cesN, long cesSum, long npsN,
                    long npsPromoters, long npsDetractors) {

        static final Measures NONE = new Measures(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Measures plus(Measures o) {
            return new Measures(invited + o.invited, responses + o.responses, csatSum + o.csatSum,
                    csatTop + o.csatTop, cesN + o.cesN, cesSum + o.cesSum, npsN + o.npsN,
                    npsPromoters + o.npsPromoters, npsDetractors + o.npsDetractors);
        }

        Measures minus(Measures o) {
            return new Measures(invited - o.invited, responses - o.responses, csatSum - o.csatSum,
                    csatTop - o.csatTop, cesN - o.cesN, cesSum - o.cesSum, npsN - o.npsN,
                    npsPromoters - o.npsPromoters, npsDetractors - o.npsDetractors);
        }
    }

    /** One row read back: a day and a breakdown value with their measures. */
    record Row(LocalDate day, String value, Measures measures) {
    }

    record RatingTotals(String code, long n, long sum, long low) {

        RatingTotals plus(RatingTotals other) {
            return new RatingTotals(code, n + other.n, sum + other.sum, low + other.low);
        }
    }

    record RatingDay(String code, LocalDate day, RatingTotals totals) {
    }

    // ---------------------------------------------------------------- writing

    void invited(SurveyContext context, LocalDate day) {
        add(context, day, new Measures(1, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    void answered(SurveyContext context, LocalDate day, SurveyAnswers answers) {
        int csat = answers.csat();
        Measures m = new Measures(0, 1, csat, csat >= 4 ? 1 : 0, answers.ces() == null ? 0 : 1,
                answers.ces() == null ? 0 : answers.ces(), answers.nps() == null ? 0 : 1,
                answers.nps() != null && answers.nps() >= 9 ? 1 : 0, answers.nps() != null && answers.nps() <= 6 ? 1 : 0);
        add(context, day, m);
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> weekly = new ArrayList<>();
        List<Object[]> monthly = new ArrayList<>();
        for (String[] filter : filters(context)) {
            for (Map.Entry<String, Integer> rating : answers.ratings().entrySet()) {
                int low = rating.getValue() <= 2 ? 1 : 0;
                ratings.add(new Object[] {filter[0], filter[1], Date.valueOf(day), rating.getKey(), rating.getValue(), low});
                weekly.add(new Object[] {filter[0], filter[1], Date.valueOf(weekStart(day)), rating.getKey(),
                        rating.getValue(), low});
                for (CalendarKind calendar : CalendarKind.values()) {
                    monthly.add(new Object[] {calendar.name(), filter[0], filter[1], monthStart(calendar, day),
                            rating.getKey(), rating.getValue(), low});
                }
            }
        }
        jdbc.batchUpdate("""
                insert into survey_rating_rollup (filter_dim, filter_value, day, code, n, rating_sum, low)
                values (?, ?, ?, ?, 1, ?, ?)
                on duplicate key update n = n + 1, rating_sum = rating_sum + values(rating_sum), low = low + values(low)
                """, ratings);
        jdbc.batchUpdate("""
                insert into survey_rating_rollup_week (filter_dim, filter_value, week_start, code, n, rating_sum, low)
                values (?, ?, ?, ?, 1, ?, ?)
                on duplicate key update n = n + 1, rating_sum = rating_sum + values(rating_sum), low = low + values(low)
                """, weekly);
        jdbc.batchUpdate("""
                insert into survey_rating_rollup_month (calendar, filter_dim, filter_value, month_start, code, n,
                                                        rating_sum, low)
                values (?, ?, ?, ?, ?, 1, ?, ?)
                on duplicate key update n = n + 1, rating_sum = rating_sum + values(rating_sum), low = low + values(low)
                """, monthly);
    }

    /** The Sunday the day's week (Sunday to Saturday) begins on. */
    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    /** The first day of the month (of that calendar) the day falls in. */
    private static Date monthStart(CalendarKind calendar, LocalDate day) {
        return Date.valueOf(MonthKey.of(calendar, day).firstDay());
    }

    private void add(SurveyContext context, LocalDate day, Measures m) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> monthly = new ArrayList<>();
        Map<Dimension, String> values = context.values();
        for (String[] filter : filters(context)) {
            rows.add(row(filter, TOTAL, "", day, m));
            for (Map.Entry<Dimension, String> group : values.entrySet()) {
                boolean perPerson = !group.getKey().isFilter();
                if (group.getKey().name().equals(filter[0]) || perPerson && !filter[0].equals(ALL)) {
                    continue;
                }
                rows.add(row(filter, group.getKey().name(), group.getValue(), day, m));
            }
        }
        List<Object[]> weekly = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] week = row.clone();
            week[3] = Date.valueOf(weekStart(day));
            weekly.add(week);
            for (CalendarKind calendar : CalendarKind.values()) {
                Object[] month = new Object[row.length + 1];
                month[0] = calendar.name();
                System.arraycopy(row, 0, month, 1, row.length);
                month[4] = monthStart(calendar, day);
                monthly.add(month);
            }
        }
        jdbc.batchUpdate("""
                insert into survey_rollup (filter_dim, filter_value, group_dim, day, group_value, invited, responses,
                                           csat_sum, csat_top, ces_n, ces_sum, nps_n, nps_promoters, nps_detractors)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update invited = invited + values(invited), responses = responses + values(responses),
                    csat_sum = csat_sum + values(csat_sum), csat_top = csat_top + values(csat_top),
                    ces_n = ces_n + values(ces_n), ces_sum = ces_sum + values(ces_sum), nps_n = nps_n + values(nps_n),
                    nps_promoters = nps_promoters + values(nps_promoters),
                    nps_detractors = nps_detractors + values(nps_detractors)
                """, rows);
        jdbc.batchUpdate("""
                insert into survey_rollup_week (filter_dim, filter_value, group_dim, week_start, group_value, invited,
                                                responses, csat_sum, csat_top, ces_n, ces_sum, nps_n, nps_promoters,
                                                nps_detractors)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update invited = invited + values(invited), responses = responses + values(responses),
                    csat_sum = csat_sum + values(csat_sum), csat_top = csat_top + values(csat_top),
                    ces_n = ces_n + values(ces_n), ces_sum = ces_sum + values(ces_sum), nps_n = nps_n + values(nps_n),
                    nps_promoters = nps_promoters + values(nps_promoters),
                    nps_detractors = nps_detractors + values(nps_detractors)
                """, weekly);
        jdbc.batchUpdate("""
                insert into survey_rollup_month (calendar, filter_dim, filter_value, group_dim, month_start, group_value,
                                                 invited, responses, csat_sum, csat_top, ces_n, ces_sum, nps_n,
                                                 nps_promoters, nps_detractors)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update invited = invited + values(invited), responses = responses + values(responses),
                    csat_sum = csat_sum + values(csat_sum), csat_top = csat_top + values(csat_top),
                    ces_n = ces_n + values(ces_n), ces_sum = ces_sum + values(ces_sum), nps_n = nps_n + values(nps_n),
                    nps_promoters = nps_promoters + values(nps_promoters),
                    nps_detractors = nps_detractors + values(nps_detractors)
                """, monthly);
    }

    private static Object[] row(String[] filter, String groupDim, String groupValue, LocalDate day, Measures m) {
        return new Object[] {filter[0], filter[1], groupDim, Date.valueOf(day), groupValue, m.invited(), m.responses(),
                m.csatSum(), m.csatTop(), m.cesN(), m.cesSum(), m.npsN(), m.npsPromoters(), m.npsDetractors()};
    }

    /** ALL, and each filter dimension this context has a value for. */
    private static List<String[]> filters(SurveyContext context) {
        List<String[]> filters = new ArrayList<>();
        filters.add(new String[] {ALL, ""});
        context.values().forEach((dimension, value) -> {
            if (dimension.isFilter()) {
                filters.add(new String[] {dimension.name(), value});
            }
        });
        return filters;
    }

    /**
     * Recomputes both summary tables from the invitations and responses themselves. The tables
     * are kept up to date as people answer; this is for loading data in bulk (the benchmark's
     * generator) and for repairing them after a restore. Days are Riyadh days (UTC+3 all year).
     */
    void rebuild() {
        jdbc.update("delete from survey_rollup");
        jdbc.update("delete from survey_rating_rollup");
        for (String[] filter : FILTER_COLUMNS) {
            for (String[] group : GROUP_COLUMNS) {
                boolean perPerson = group[0].equals(Dimension.STAFF.name()) || group[0].equals(Dimension.TEAM.name());
                if (group[0].equals(filter[0]) || perPerson && !filter[0].equals(ALL)) {
                    continue;
                }
                String where = "where " + filter[1] + " is not null and " + group[1] + " is not null";
                jdbc.update("insert into survey_rollup (filter_dim, filter_value, group_dim, day, group_value, invited) "
                        + "select ?, " + filter[2] + ", ?, date(convert_tz(created_at, '+00:00', '+03:00')), "
                        + group[2] + ", count(*) from survey_invitation " + where + " group by 2, 4, 5",
                        filter[0], group[0]);
                jdbc.update("insert into survey_rollup (filter_dim, filter_value, group_dim, day, group_value, "
                        + "responses, csat_sum, csat_top, ces_n, ces_sum, nps_n, nps_promoters, nps_detractors) "
                        + "select ?, " + filter[2] + ", ?, answered_on, " + group[2] + ", count(*), sum(csat), "
                        + "sum(csat >= 4), count(ces), coalesce(sum(ces), 0), count(nps), coalesce(sum(nps >= 9), 0), "
                        + "coalesce(sum(nps <= 6), 0) from survey_response " + where + " group by 2, 4, 5 "
                        + "on duplicate key update responses = values(responses), csat_sum = values(csat_sum), "
                        + "csat_top = values(csat_top), ces_n = values(ces_n), ces_sum = values(ces_sum), "
                        + "nps_n = values(nps_n), nps_promoters = values(nps_promoters), "
                        + "nps_detractors = values(nps_detractors)", filter[0], group[0]);
            }
            jdbc.update("insert into survey_rating_rollup (filter_dim, filter_value, day, code, n, rating_sum, low) "
                    + "select ?, " + qualified(filter[2]) + ", r.answered_on, t.code, count(*), sum(t.rating), sum(t.rating <= 2) "
                    + "from survey_response r join survey_response_rating t on t.response_id = r.id "
                    + "where " + qualified(filter[1]) + " is not null group by 2, 3, 4", filter[0]);
        }
        rebuildMonths();
        rebuildWeeks();
    }

    /** The weekly rows from the daily ones. */
    private void rebuildWeeks() {
        jdbc.update("delete from survey_rollup_week");
        jdbc.update("delete from survey_rating_rollup_week");
        jdbc.update("insert into survey_rollup_week (filter_dim, filter_value, group_dim, week_start, group_value, "
                + "invited, responses, csat_sum, csat_top, ces_n, ces_sum, nps_n, nps_promoters, nps_detractors) "
                + "select filter_dim, filter_value, group_dim, subdate(day, dayofweek(day) - 1), group_value, "
                + "sum(invited), sum(responses), sum(csat_sum), sum(csat_top), sum(ces_n), sum(ces_sum), sum(nps_n), "
                + "sum(nps_promoters), sum(nps_detractors) from survey_rollup "
                + "group by filter_dim, filter_value, group_dim, subdate(day, dayofweek(day) - 1), group_value");
        jdbc.update("insert into survey_rating_rollup_week (filter_dim, filter_value, week_start, code, n, rating_sum, "
                + "low) select filter_dim, filter_value, subdate(day, dayofweek(day) - 1), code, sum(n), "
                + "sum(rating_sum), sum(low) from survey_rating_rollup "
                + "group by filter_dim, filter_value, subdate(day, dayofweek(day) - 1), code");
    }

    /** The monthly rows from the daily ones, one statement per month of each calendar. */
    private void rebuildMonths() {
        jdbc.update("delete from survey_rollup_month");
        jdbc.update("delete from survey_rating_rollup_month");
        LocalDate first = jdbc.queryForObject("select min(day) from survey_rollup", LocalDate.class);
        LocalDate last = jdbc.queryForObject("select max(day) from survey_rollup", LocalDate.class);
        if (first == null) {
            return;
        }
        for (CalendarKind calendar : CalendarKind.values()) {
            MonthKey end = MonthKey.of(calendar, last);
            for (MonthKey month = MonthKey.of(calendar, first); month.compareTo(end) <= 0; month = month.plus(1)) {
                Object[] args = {calendar.name(), Date.valueOf(month.firstDay()), Date.valueOf(month.firstDay()),
                        Date.valueOf(month.lastDay())};
                jdbc.update("insert into survey_rollup_month (calendar, filter_dim, filter_value, group_dim, "
                        + "month_start, group_value, invited, responses, csat_sum, csat_top, ces_n, ces_sum, nps_n, "
                        + "nps_promoters, nps_detractors) select ?, filter_dim, filter_value, group_dim, ?, group_value, "
                        + "sum(invited), sum(responses), sum(csat_sum), sum(csat_top), sum(ces_n), sum(ces_sum), "
                        + "sum(nps_n), sum(nps_promoters), sum(nps_detractors) from survey_rollup "
                        + "where day between ? and ? group by filter_dim, filter_value, group_dim, group_value", args);
                jdbc.update("insert into survey_rating_rollup_month (calendar, filter_dim, filter_value, month_start, "
                        + "code, n, rating_sum, low) select ?, filter_dim, filter_value, ?, code, sum(n), "
                        + "sum(rating_sum), sum(low) from survey_rating_rollup where day between ? and ? "
                        + "group by filter_dim, filter_value, code", args);
            }
        }
    }

    private static String qualified(String expression) {
        return expression.startsWith("'") ? expression : "r." + expression;
    }

    /** Dimension name, a column that is null when the dimension has no value, and the value to store. */
    private static final List<String[]> FILTER_COLUMNS = List.of(
            new String[] {ALL, "'x'", "''"},
            new String[] {"TRIGGER", "trigger_type", "trigger_type"},
            new String[] {"SERVICE", "service_code", "service_code"},
            new String[] {"CHANNEL", "channel", "channel"},
            new String[] {"REGION", "region", "region"},
            new String[] {"STEP", "step", "step"});

    private static final List<String[]> GROUP_COLUMNS = List.of(
            new String[] {TOTAL, "'x'", "''"},
            new String[] {"TRIGGER", "trigger_type", "trigger_type"},
            new String[] {"SERVICE", "service_code", "service_code"},
            new String[] {"CHANNEL", "channel", "channel"},
            new String[] {"REGION", "region", "region"},
            new String[] {"STEP", "step", "step"},
            new String[] {"TEAM", "team", "team"},
            new String[] {"STAFF", "staff_account_id", "cast(staff_account_id as char)"});

    // ---------------------------------------------------------------- reading

    /** The rows of one breakdown (or TOTAL) under one filter (or ALL), day by day. */
    List<Row> rows(String filterDim, String filterValue, String groupDim, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select day, group_value, invited, responses, csat_sum, csat_top, ces_n, ces_sum, nps_n, nps_promoters,
                       nps_detractors
                from survey_rollup
                where filter_dim = ? and filter_value = ? and group_dim = ? and day between ? and ?
                """, (rs, i) -> new Row(rs.getDate(1).toLocalDate(), rs.getString(2), new Measures(rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11))),
                filterDim, filterValue, groupDim, Date.valueOf(from), Date.valueOf(to));
    }

    /**
     * The rows of one breakdown (or TOTAL) under one filter (or ALL), week by week: each row's day is
     * its week's Sunday. {@code from} and {@code to} bound whole weeks.
     */
    List<Row> weekRows(String filterDim, String filterValue, String groupDim, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select week_start, group_value, invited, responses, csat_sum, csat_top, ces_n, ces_sum, nps_n,
                       nps_promoters, nps_detractors
                from survey_rollup_week
                where filter_dim = ? and filter_value = ? and group_dim = ? and week_start between ? and ?
                """, (rs, i) -> new Row(rs.getDate(1).toLocalDate(), rs.getString(2), new Measures(rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11))),
                filterDim, filterValue, groupDim, Date.valueOf(from), Date.valueOf(to));
    }

    /** Per week (its Sunday) and aspect, under one filter (or ALL). */
    List<RatingDay> weekRatings(String filterDim, String filterValue, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select code, week_start, n, rating_sum, low from survey_rating_rollup_week
                where filter_dim = ? and filter_value = ? and week_start between ? and ?
                """, (rs, i) -> new RatingDay(rs.getString(1), rs.getDate(2).toLocalDate(),
                        new RatingTotals(rs.getString(1), rs.getLong(3), rs.getLong(4), rs.getLong(5))),
                filterDim, filterValue, Date.valueOf(from), Date.valueOf(to));
    }

    /**
     * The rows of one breakdown (or TOTAL) under one filter (or ALL), month by month of the calendar:
     * each row's day is its month's first day. {@code from} and {@code to} bound whole months.
     */
    List<Row> monthRows(CalendarKind calendar, String filterDim, String filterValue, String groupDim, LocalDate from,
                        LocalDate to) {
        return jdbc.query("""
                select month_start, group_value, invited, responses, csat_sum, csat_top, ces_n, ces_sum, nps_n,
                       nps_promoters, nps_detractors
                from survey_rollup_month
                where calendar = ? and filter_dim = ? and filter_value = ? and group_dim = ?
                  and month_start between ? and ?
                """, (rs, i) -> new Row(rs.getDate(1).toLocalDate(), rs.getString(2), new Measures(rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11))),
                calendar.name(), filterDim, filterValue, groupDim, Date.valueOf(from), Date.valueOf(to));
    }

    /**
     * Per month (its first day) and aspect, so the statistics can check each month's count (the
     * partition rule). {@code from} and {@code to} bound whole months of the calendar.
     */
    List<RatingDay> ratings(CalendarKind calendar, String filterDim, String filterValue, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select code, month_start, n, rating_sum, low from survey_rating_rollup_month
                where calendar = ? and filter_dim = ? and filter_value = ? and month_start between ? and ?
                """, (rs, i) -> new RatingDay(rs.getString(1), rs.getDate(2).toLocalDate(),
                        new RatingTotals(rs.getString(1), rs.getLong(3), rs.getLong(4), rs.getLong(5))),
                calendar.name(), filterDim, filterValue, Date.valueOf(from), Date.valueOf(to));
    }
}
