package org.eshraqa.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The differencing attack on P-7.3: random small sets of ratings (edge days around month and week
 * boundaries, blank values, few people per value) are written through the module's own summary
 * tables; then every view the dashboard offers (both calendars, every range of up to three months,
 * by week and by month, unfiltered and filtered by every value, per team and per staff), the staff
 * summary and the metric are read as the quality manager, each published figure is kept with the
 * set of people it describes, and the complement the reader can work out of every table (its total
 * minus its shown rows). Then every pair: no figure may be a strict superset of another by 1 to
 * k − 1 people, nor describe 1 to k − 1 people itself.
 *
 * <p>On the code before the weekly rules this found a thousand such pairs (the report stops there)
 * in four sets: a month's headline minus its weeks (weeks crossed the month's end), a Gregorian range minus a Hijri
 * one, a filtered table's total minus its shown rows (the people with no region), the same row over
 * two ranges a few days apart, and the 30-day metric of one day minus that of the day before; and
 * the metric moved with one more answer.
 */
class SurveyDifferencingAttackTest extends PortalTestBase {

    static final String QUALITY = "quality@demo.eshraqa.org.sa";
    private static final int TRIALS = 2;

    @Autowired SurveyStatistics statistics;
    @Autowired SurveyRollups rollups;
    @Autowired JdbcTemplate jdbc;

    /** One rater of a generated set. */
    record Person(int id, LocalDate day, SurveyContext context, int csat, Integer nps, Integer ces) {
    }

    /** A figure as the reader sees it and the people it describes. */
    record Published(String what, BitSet people, long responses, double csatSum) {
    }

    @Test
    void noTwoFiguresOfTheDashboardTheSummaryOrTheMetricsDifferByFewerThanKPeople() {
        signInAs(QUALITY);
        int k = statistics.minCellSize();
        List<String> leaks = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            leaks.addAll(attack(trial, k));
        }
        assertThat(leaks).as("groups of fewer than %d people singled out", k).isEmpty();
    }

    // ---------------------------------------------------------------- data

    private static final String[] SERVICES = {"DA-S1", "DA-S1", "DA-S1", "DA-S2", "DA-S2", null};
    private static final String[] CHANNELS = {"WEBSITE", "WEBSITE", "PHONE", null};
    private static final String[] REGIONS = {"RIYADH", "RIYADH", "RIYADH", "MAKKAH", "JAZAN", null};
    private static final String[] STEPS = {"REGISTERED", "REGISTERED", "REJECTED", null};
    private static final String[] TEAMS = {"SOCIAL_RESEARCHER", "SOCIAL_RESEARCHER", "RELATIONS_OFFICER", null};
    private static final Long[] STAFF = {910_001L, 910_001L, 910_002L, 910_003L, null};

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Ratings in March to May of a year of its own, many on the days around a month's end. */
    private List<Person> generate(int trial, int year) {
        Random random = new Random(7919L * (trial + 1));
        LocalDate first = LocalDate.of(year, 2, 20);
        LocalDate last = LocalDate.of(year, 6, 10);
        clear(first.minusDays(40), last.plusDays(40));
        int n = 40 + random.nextInt(60);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day;
            if (random.nextInt(3) == 0) {
                day = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay())));
            } else {
                // Around the end of a Gregorian month, where weeks cross into the next one.
                LocalDate end = LocalDate.of(year, 2 + random.nextInt(4), 1).minusDays(1);
                day = end.plusDays(random.nextInt(9) - 4);
            }
            boolean inquiry = random.nextInt(5) == 0;
            SurveyContext context = new SurveyContext(inquiry ? TriggerType.INQUIRY_ANSWERED : TriggerType.REQUEST_CLOSED,
                    inquiry ? null : pick(random, SERVICES), pick(random, CHANNELS), pick(random, REGIONS),
                    pick(random, STEPS), pick(random, STAFF), pick(random, TEAMS));
            Person person = new Person(i, day, context, 1 + random.nextInt(5),
                    random.nextInt(4) == 0 ? null : random.nextInt(11), random.nextInt(4) == 0 ? null : 1 + random.nextInt(7));
            people.add(person);
            rollups.invited(context, day);
            rollups.answered(context, day, new SurveyAnswers(person.csat(), Map.of(), person.ces(), person.nps(), null,
                    false));
        }
        return people;
    }

    /** Removes the summary rows of these days (this test's own years), so a rerun starts afresh. */
    private void clear(LocalDate first, LocalDate last) {
        jdbc.queryForList("select table_name from information_schema.tables where table_schema = database() "
                + "and (table_name like 'survey\\_rollup%' or table_name like 'survey\\_rating\\_rollup%')", String.class)
                .forEach(table -> {
                    String column = jdbc.queryForList("select column_name from information_schema.columns where "
                            + "table_schema = database() and table_name = ? and column_name in ('day', 'month_start', "
                            + "'week_start')", String.class, table).getFirst();
                    jdbc.update("delete from " + table + " where " + column + " between ? and ?", first, last);
                });
    }

    // ---------------------------------------------------------------- the attack

    private List<String> attack(int trial, int k) {
        int year = 2011 + trial;
        List<Person> people = generate(trial, year);
        List<Published> figures = new ArrayList<>();
        List<StatsQuery> ranges = new ArrayList<>();
        for (CalendarKind calendar : CalendarKind.values()) {
            MonthKey start = MonthKey.of(calendar, LocalDate.of(year, 3, 1));
            MonthKey end = MonthKey.of(calendar, LocalDate.of(year, 5, 31));
            for (MonthKey from = start; from.compareTo(end) <= 0; from = from.plus(1)) {
                for (MonthKey to = from; to.compareTo(end) <= 0 && to.compareTo(from.plus(1)) <= 0; to = to.plus(1)) {
                    ranges.add(StatsQuery.months(from, to));
                }
            }
        }
        Random sample = new Random(trial);
        for (StatsQuery range : ranges) {
            List<StatsQuery> queries = new ArrayList<>(List.of(range));
            // Every filter value the data has, about half of them for each range (to keep the test quick).
            for (Dimension dimension : SurveyStatistics.BREAKDOWNS) {
                people.stream().map(p -> p.context().values().get(dimension)).filter(Objects::nonNull).distinct()
                        .filter(value -> sample.nextInt(5) < 2)
                        .forEach(value -> queries.add(range.filteredBy(dimension, value)));
            }
            Published total = null;
            // Both granularities unfiltered; a filtered view by one of them, in turn (to keep the test quick).
            for (int i = 0; i < queries.size(); i++) {
                for (SurveyStatistics.Granularity granularity : SurveyStatistics.Granularity.values()) {
                    if (i == 0 || (i + ranges.indexOf(range)) % 2 == granularity.ordinal()) {
                        Published headline = read(queries.get(i), granularity, people, figures);
                        if (i == 0) {
                            total = headline;
                        }
                    }
                }
            }
            for (Dimension dimension : List.of(Dimension.STAFF, Dimension.TEAM)) {
                Predicate<Person> all = inPeriod(range);
                table("per " + dimension + " " + describe(range), total, statistics.perStaff(range, dimension),
                        dimension, all, people, figures);
            }
        }
        // The staff summary: the three whole months before any day of the year.
        for (LocalDate today = LocalDate.of(year, 3, 1); today.getYear() == year && today.getMonthValue() <= 9;
             today = today.plusMonths(1)) {
            MonthKey now = MonthKey.of(CalendarKind.GREGORIAN, today);
            StatsQuery query = StatsQuery.months(now.plus(-3), now.plus(-1));
            SurveyStatistics.Weeks weeks = SurveyStatistics.weeks(query, today);
            add(figures, "staff summary on " + today, statistics.recentHeadline(today), people,
                    p -> !p.day().isBefore(weeks.first()) && !p.day().isAfter(weeks.last()));
        }
        // The metric, scraped every day.
        for (LocalDate today = LocalDate.of(year, 2, 20); today.isBefore(LocalDate.of(year, 6, 20));
             today = today.plusDays(1)) {
            metric(today, people, figures);
        }
        return leaks(figures, people, k, trial);
    }

    /** The metric as of {@code today}: the figures it shows and the days they cover. */
    private void metric(LocalDate today, List<Person> people, List<Published> figures) {
        LocalDate to = SurveyStatistics.lastEndedSaturday(today);
        LocalDate from = to.minusDays(6);
        LocalDate day = today;
        statistics.lastWeek(today).ifPresent(f -> add(figures, "metric on " + day, f, people,
                p -> !p.day().isBefore(from) && !p.day().isAfter(to)));
    }

    /** The month a day counts in, in a monthly trend: the month its week's Sunday is in. */
    private static MonthKey bucketMonth(CalendarKind calendar, LocalDate day) {
        return MonthKey.of(calendar, SurveyRollups.weekStart(day));
    }

    private Published read(StatsQuery query, SurveyStatistics.Granularity granularity, List<Person> people,
                           List<Published> figures) {
        SurveyStatistics.Overview overview = statistics.overview(query, granularity);
        Predicate<Person> period = inPeriod(query);
        String what = describe(query);
        Published headline = add(figures, "headline " + what, overview.headline(), people, period);
        if (headline == null) {
            return null;
        }
        // The trend, and what its total minus its shown buckets leaves.
        BitSet shownBuckets = new BitSet();
        long shownCount = 0;
        double shownSum = 0;
        for (SurveyStatistics.Bucket bucket : overview.trend()) {
            Predicate<Person> inBucket = granularity == SurveyStatistics.Granularity.WEEK
                    ? p -> !p.day().isBefore(bucket.start()) && !p.day().isAfter(bucket.start().plusDays(6))
                    : p -> bucketMonth(query.calendar(), p.day()).equals(bucket.month());
            Published b = add(figures, granularity + " " + bucket.start() + " of " + what, bucket.figures(), people,
                    period.and(inBucket));
            if (b != null) {
                shownBuckets.or(b.people());
                shownCount += b.responses();
                shownSum += b.csatSum();
            }
        }
        complement(figures, "trend by " + granularity + " of " + what, headline, shownBuckets, shownCount, shownSum);
        overview.breakdowns().forEach((dimension, cells) -> table(dimension + " of " + what, headline, cells, dimension,
                period, people, figures));
        return headline;
    }

    private void table(String what, Published total, List<SurveyStatistics.Cell> cells, Dimension dimension,
                       Predicate<Person> population, List<Person> people, List<Published> figures) {
        if (total == null) {
            return;
        }
        BitSet shown = new BitSet();
        long count = 0;
        double sum = 0;
        for (SurveyStatistics.Cell cell : cells) {
            String value = cell.value();
            Predicate<Person> inCell = p -> value.isEmpty() ? p.context().values().get(dimension) == null
                    : value.equals(p.context().values().get(dimension));
            Published c = add(figures, what + " = " + (value.isEmpty() ? "(none)" : value), cell.figures(), people,
                    population.and(inCell));
            if (c != null) {
                shown.or(c.people());
                count += c.responses();
                sum += c.csatSum();
            }
        }
        complement(figures, what, total, shown, count, sum);
    }

    /** The total minus the shown parts: a figure every reader can work out. */
    private static void complement(List<Published> figures, String what, Published total, BitSet shown, long count,
                                   double sum) {
        BitSet rest = (BitSet) total.people().clone();
        rest.andNot(shown);
        if (count < total.responses()) {
            figures.add(new Published("total minus the shown rows of " + what, rest, total.responses() - count,
                    total.csatSum() - sum));
        }
    }

    /** Keeps a shown figure with its people; null for a hidden one. */
    private static Published add(List<Published> figures, String what, Figures f, List<Person> people,
                                 Predicate<Person> population) {
        if (!f.shown() || f.responses() == 0) {
            return null;
        }
        BitSet set = new BitSet();
        people.stream().filter(population).forEach(p -> set.set(p.id()));
        Published published = new Published(what, set, f.responses(), f.csatMean() * f.responses());
        figures.add(published);
        return published;
    }

    private static Predicate<Person> inPeriod(StatsQuery query) {
        Predicate<Person> days = p -> !p.day().isBefore(query.firstDay()) && !p.day().isAfter(query.lastDay());
        if (query.filter() == null) {
            return days;
        }
        return days.and(p -> query.filterValue().equals(p.context().values().get(query.filter())));
    }

    private static String describe(StatsQuery query) {
        return query.calendar() + " " + query.from().year() + "-" + query.from().month() + ".." + query.to().year() + "-"
                + query.to().month() + (query.filter() == null ? "" : " " + query.filter() + "=" + query.filterValue());
    }

    /**
     * Every figure must describe exactly the people it says it does (else the model above is wrong),
     * none may describe 1 to k − 1 people, and no figure's people may be another's plus 1 to k − 1.
     */
    private static List<String> leaks(List<Published> figures, List<Person> people, int k, int trial) {
        List<String> leaks = new ArrayList<>();
        Map<BitSet, Published> distinct = new LinkedHashMap<>();
        for (Published f : figures) {
            if (f.people().cardinality() != f.responses()) {
                leaks.add("trial " + trial + ": " + f.what() + " says " + f.responses() + " but describes "
                        + f.people().cardinality());
                continue;
            }
            distinct.putIfAbsent(f.people(), f);
        }
        List<Published> unique = new ArrayList<>(distinct.values());
        for (Published a : unique) {
            int size = a.people().cardinality();
            if (size > 0 && size < k) {
                leaks.add("trial " + trial + ": " + a.what() + " describes " + size + " people" + who(a.people(), people));
            }
        }
        for (Published a : unique) {
            for (Published b : unique) {
                int d = a.people().cardinality() - b.people().cardinality();
                if (d <= 0 || d >= k || b.people().isEmpty()) {
                    continue;
                }
                BitSet rest = (BitSet) b.people().clone();
                rest.andNot(a.people());
                if (rest.isEmpty()) {
                    BitSet diff = (BitSet) a.people().clone();
                    diff.andNot(b.people());
                    leaks.add("trial " + trial + ": [" + a.what() + "] minus [" + b.what() + "] = " + d + " people"
                            + who(diff, people) + ", CSAT sum " + Math.round(a.csatSum() - b.csatSum()));
                }
            }
        }
        return leaks;
    }

    private static String who(BitSet set, List<Person> people) {
        StringBuilder text = new StringBuilder(" (");
        set.stream().limit(4).forEach(i -> text.append(people.get(i).day()).append(' ')
                .append(people.get(i).context().region()).append(" csat ").append(people.get(i).csat()).append("; "));
        return text.append(")").toString();
    }

    // ---------------------------------------------------------------- known people

    @Autowired org.eshraqa.portal.shared.crypto.FieldCipher cipher;

    @Test
    void aCommentOfSomeoneWhoAskedToBeContactedIsNeverAmongTheAnonymousOnes() {
        // Six people rate in one week of 2016, two of them with a comment, one asking to be called.
        LocalDate day = LocalDate.of(2016, 3, 8);
        SurveyContext context = new SurveyContext(TriggerType.CONTACT_FINISHED, null, "PHONE", "RIYADH", null, null,
                null);
        long template = jdbc.queryForObject("select id from survey_template where trigger_type = 'REQUEST_CLOSED' "
                + "and current_version", Long.class);
        // Letters only: a comment's long digit runs are masked as ID numbers.
        String marker = "known-" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        clear(day.minusDays(40), day.plusDays(40));
        for (int i = 0; i < 6; i++) {
            rollups.invited(context, day);
            rollups.answered(context, day, new SurveyAnswers(1, Map.of(), null, null, null, i == 0));
        }
        for (int i = 0; i < 2; i++) {
            jdbc.update("insert into survey_invitation (token_hash, token_sealed, source_key, trigger_type, channel, "
                    + "region, language, created_at, expires_at) values (?, 'sealed', ?, 'CONTACT_FINISHED', 'PHONE', "
                    + "'RIYADH', 'ar', ?, ?)", String.format("%064d", System.nanoTime() + i), marker + ":" + i,
                    java.sql.Timestamp.valueOf(day.atTime(10, 0)), java.sql.Timestamp.valueOf(day.atTime(10, 0).plusDays(30)));
            jdbc.update("insert into survey_response (invitation_id, template_id, trigger_type, channel, region, "
                    + "answered_at, answered_on, csat, comment, may_contact) select id, ?, trigger_type, channel, "
                    + "region, created_at, ?, 1, ?, ? from survey_invitation where source_key = ?", template,
                    java.sql.Date.valueOf(day), cipher.encryptText(marker + (i == 0 ? " call me" : " anonymous")),
                    i == 0, marker + ":" + i);
        }
        signInAs(QUALITY);
        MonthKey march = new MonthKey(CalendarKind.GREGORIAN, 2016, 3);
        assertThat(statistics.overview(StatsQuery.months(march, march), SurveyStatistics.Granularity.WEEK).headline()
                .responses()).isEqualTo(6);
        assertThat(statistics.lowComments(StatsQuery.months(march, march), null, 50))
                .extracting(SurveyStatistics.Comment::text).filteredOn(text -> text.startsWith(marker))
                .containsExactly(marker + " anonymous");
    }

    // ---------------------------------------------------------------- the metrics, as scraped

    private static final Pattern GAUGE = Pattern.compile("^(portal_surveys_[a-z_]+)\\{[^}]*} (\\S+)$", Pattern.MULTILINE);

    private static Map<String, String> scrape() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(infra().portalUrl()
                + "/actuator/prometheus")).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = GAUGE.matcher(body);
        while (m.find()) {
            values.merge(m.group(1), m.group(2), (x, y) -> x + "," + y);
        }
        return values;
    }

    @Test
    void oneMoreAnswerTodayDoesNotMoveAnySurveyMetric() throws Exception {
        SurveyContext context = new SurveyContext(TriggerType.CONTACT_FINISHED, null, "PHONE", "RIYADH", null, null,
                null);
        LocalDate today = LocalDate.now(org.eshraqa.portal.shared.PortalDates.ZONE);
        // Enough people this week and last for any figure to show.
        for (int i = 0; i < 12; i++) {
            LocalDate day = i % 2 == 0 ? today : today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)).minusDays(3);
            rollups.invited(context, day);
            rollups.answered(context, day, new SurveyAnswers(4, Map.of(), null, null, null, false));
        }
        Map<String, String> before = scrape();
        rollups.invited(context, today);
        rollups.answered(context, today, new SurveyAnswers(1, Map.of(), 7, 0, null, false));
        Map<String, String> after = scrape();
        assertThat(after).as("one person's answer must not be readable from two scrapes").isEqualTo(before);
    }
}
