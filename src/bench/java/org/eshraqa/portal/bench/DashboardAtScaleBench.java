package org.eshraqa.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.eshraqa.portal.PortalApplication;
import org.eshraqa.portal.insights.Dashboards;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.surveys.CalendarKind;
import org.eshraqa.portal.surveys.MonthKey;
import org.eshraqa.portal.surveys.StatsQuery;
import org.eshraqa.portal.surveys.SurveyStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Time to compute every figure of the satisfaction dashboard over the generated responses, through
 * the modules' own API (the portal's Spring context on the benchmark database), next to the plain
 * GROUP BY queries over the raw response tables that would give the same figures, in the same run.
 * Prints a table and writes it to {@code target/bench/dashboard.md}. Not part of the normal build.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
                "spring.datasource.url=${bench.url:jdbc:mariadb://127.0.0.1:3406/portal}",
                "spring.datasource.username=portal",
                "spring.datasource.password=bench",
                "portal.crypto.keys=${PORTAL_DATA_KEYS}",
                "portal.demo.enabled=false",
                "vaadin.devmode.devTools.enabled=false"
        })
class DashboardAtScaleBench {

    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 10);
    private static final int RUNS = Integer.getInteger("bench.runs", 30);
    /** The raw queries take seconds each: fewer runs of them. */
    private static final int RAW_RUNS = Integer.getInteger("bench.rawRuns", 3);

    @Autowired Dashboards dashboards;
    @Autowired SurveyStatistics statistics;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.eshraqa.portal.requests.SupportRequests requests;

    @Test
    @WithMockUser(roles = "QUALITY_MANAGER")
    void everyFigureOfTheDashboardAgainstTheRawGroupBy() throws IOException {
        long responses = jdbc.queryForObject("select count(*) from survey_response", Long.class);
        LocalDate today = LocalDate.now(PortalDates.ZONE);
        MonthKey now = MonthKey.of(CalendarKind.GREGORIAN, today);
        StatsQuery twoYears = StatsQuery.months(now.plus(-24), now);
        StatsQuery oneYear = StatsQuery.months(now.plus(-12), now.plus(-1));
        StatsQuery filtered = oneYear.filteredBy(org.eshraqa.portal.surveys.Dimension.REGION, "RIYADH");

        // Figures count whole ended weeks (Sunday to Saturday) that begin in the period's months:
        // from the first Sunday of the first month to the last Saturday before today.
        LocalDate firstSunday = twoYears.from().firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate lastSaturday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        long counted = jdbc.queryForObject("select count(*) from survey_response where answered_on between ? and ?",
                Long.class, java.sql.Date.valueOf(firstSunday), java.sql.Date.valueOf(lastSaturday));
        var overview = statistics.overview(twoYears, SurveyStatistics.Granularity.MONTH);
        assertThat(overview.headline().responses()).isEqualTo(counted);
        System.out.printf("%,d responses, %,d of them in the ended weeks of the 24 months%n", responses, counted);
        long all = responses;
        responses = counted;

        List<String> rows = new ArrayList<>();
        rows.add("| what | responses in period | p50 ms | p95 ms | max ms |");
        rows.add("|---|---|---|---|---|");
        rows.add(row("SurveyStatistics.overview, 24 months, by month", responses,
                time(() -> statistics.overview(twoYears, SurveyStatistics.Granularity.MONTH))));
        rows.add(row("SurveyStatistics.overview, 24 months, by week", responses,
                time(() -> statistics.overview(twoYears, SurveyStatistics.Granularity.WEEK))));
        rows.add(row("SurveyStatistics.perStaff, 24 months, per team", responses,
                time(() -> statistics.perStaff(twoYears, org.eshraqa.portal.surveys.Dimension.TEAM))));
        rows.add(row("SurveyStatistics.perStaff, 24 months, per member of staff", responses,
                time(() -> statistics.perStaff(twoYears, org.eshraqa.portal.surveys.Dimension.STAFF))));
        rows.add(row("SupportRequests.figures (decisions, open work, overdue), 24 months", -1,
                time(() -> requests.figures(twoYears.from().firstDay(), twoYears.to().lastDay()))));
        rows.add(row("Dashboards.dashboard (all of the page), 24 months", responses,
                time(() -> dashboards.dashboard(twoYears, SurveyStatistics.Granularity.MONTH))));
        rows.add(row("Dashboards.dashboard, 12 months", -1,
                time(() -> dashboards.dashboard(oneYear, SurveyStatistics.Granularity.MONTH))));
        rows.add(row("Dashboards.dashboard, 12 months, region = RIYADH", -1,
                time(() -> dashboards.dashboard(filtered, SurveyStatistics.Granularity.MONTH))));
        if (RAW_RUNS > 0) {
            rows.add(row("raw GROUP BY over survey_response, the same figures, 24 months", all,
                    time(() -> rawGroupBy(twoYears), 1, RAW_RUNS)));
        }
        rows.add("");
        rows.add("load average after the run: " + Files.readString(Path.of("/proc/loadavg")).strip());
        String table = String.join("\n", rows);
        System.out.println(table);
        Path out = Path.of("target/bench/dashboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    /** The figures of the overview and the per-staff tables, straight from the responses. */
    private Object rawGroupBy(StatsQuery query) {
        String period = " from survey_response where answered_on between ? and ?";
        String measures = "count(*), sum(csat), sum(csat >= 4), count(ces), sum(ces), count(nps), sum(nps >= 9),"
                + " sum(nps <= 6)";
        Object[] args = {java.sql.Date.valueOf(query.from().firstDay()), java.sql.Date.valueOf(query.to().lastDay())};
        List<Object> results = new ArrayList<>();
        results.add(jdbc.queryForList("select year(answered_on), month(answered_on), " + measures + period
                + " group by 1, 2", args));
        for (String column : List.of("trigger_type", "service_code", "channel", "region", "step", "team",
                "staff_account_id")) {
            results.add(jdbc.queryForList("select " + column + ", year(answered_on), month(answered_on), " + measures
                    + period + " group by 1, 2, 3", args));
        }
        results.add(jdbc.queryForList("select t.code, year(r.answered_on), month(r.answered_on), count(*), sum(t.rating),"
                + " sum(t.rating <= 2) from survey_response r join survey_response_rating t on t.response_id = r.id"
                + " where r.answered_on between ? and ? group by 1, 2, 3", args));
        results.add(jdbc.queryForList("select year(convert_tz(created_at, '+00:00', '+03:00')),"
                + " month(convert_tz(created_at, '+00:00', '+03:00')), count(*) from survey_invitation"
                + " where created_at between ? and ? group by 1, 2", args));
        return results;
    }

    private static long[] time(Supplier<Object> work) {
        return time(work, WARM_UP, RUNS);
    }

    private static long[] time(Supplier<Object> work, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String row(String what, long responses, long[] nanos) {
        return print(String.format("| %s | %s | %.1f | %.1f | %.1f |", what, responses < 0 ? "" : String.format("%,d", responses),
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6));
    }

    private static String print(String row) {
        System.out.println(row);
        return row;
    }
}
