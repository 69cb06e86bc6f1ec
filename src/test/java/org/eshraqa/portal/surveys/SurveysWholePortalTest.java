package org.eshraqa.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Satisfaction on the embedded MariaDB: a service ends, the person is invited once by bell and
 * mail, the link works once and only for a while, answers are checked, templates keep their
 * versions, and the dashboard's figures over tens of thousands of generated responses equal the
 * plain GROUP BY over the responses — with every small cell hidden.
 */
class SurveysWholePortalTest extends PortalTestBase {

    static final String QUALITY = "quality@demo.eshraqa.org.sa";

    @Autowired Surveys surveys;
    @Autowired SurveyStatistics statistics;
    @Autowired SurveyRollups rollups;
    @Autowired SupportRequests requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContactRequests contactRequests;

    /** A new beneficiary who submits a request and withdraws it: the request is closed. Returns the e-mail. */
    private String closedRequest(String name) {
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long id = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", name);
        long version = jdbc.queryForObject("select version from support_request where id = ?", Long.class, id);
        requests.withdraw(id, version);
        return email;
    }

    /** Waits for the invitation mail among the person's mails and returns the token of its link. */
    private static SurveyAnswers answers(int csat) {
        return new SurveyAnswers(csat, Map.of("SPEED", 4, "CLARITY", 2), 3, 9, "الموظفة كانت لطيفة، رقمي 0551234567",
                false);
    }

    /** Both monthly summary tables, every row, in key order. */
    private String monthlyRows() {
        return jdbc.queryForList("select * from survey_rollup_month order by calendar, filter_dim, filter_value, "
                + "group_dim, month_start, group_value").toString()
                + jdbc.queryForList("select * from survey_rating_rollup_month order by calendar, filter_dim, "
                + "filter_value, month_start, code").toString();
    }

    @Test
    void theMonthlyRowsWrittenAsPeopleAnswerEqualTheRecountFromTheResponses() throws Exception {
        rollups.rebuild();
        String before = monthlyRows();
        String email = closedRequest("هند فهد العتيبي");
        long person = accountId(email);
        Eventually.until(() -> jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                person) == 1);
        String token = awaitSurveyToken(email);
        surveys.answer(token, surveys.open(token).template().id(), answers(2));
        String written = monthlyRows();
        assertThat(written).isNotEqualTo(before);
        assertThat(written).contains("calendar=HIJRI").contains("calendar=GREGORIAN");

        rollups.rebuild();
        assertThat(monthlyRows()).isEqualTo(written);
    }

    @Test
    void aClosedRequestInvitesThePersonOnceAndTheLinkAnswersOnce() throws Exception {
        String email = closedRequest("أمل سعيد الحارثي");
        long person = accountId(email);
        Eventually.until(() -> jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                person) == 1);
        String token = awaitSurveyToken(email);
        Eventually.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_account_id = ? "
                + "and link = 'surveys'", Integer.class, person) == 1);
        assertThat(jdbc.queryForObject("select token_sealed from survey_invitation where account_id = ?", String.class,
                person)).as("the token is not stored as it is").doesNotContain(token);

        signInAs(email);
        assertThat(surveys.mine()).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(TriggerType.REQUEST_CLOSED);
            assertThat(s.route()).isEqualTo("survey/" + token);
        });
        SecurityContextHolder.clearContext();

        SurveyPage page = surveys.open(token);
        assertThat(page.state()).isEqualTo(SurveyPage.State.OPEN);
        // The template's own four first; the quality manager's view test may have added one since.
        assertThat(page.template().dimensions()).extracting(TemplateDimension::code)
                .startsWith("SPEED", "COURTESY", "CLARITY", "EASE");
        surveys.answer(token, page.template().id(), answers(4));
        assertThat(surveys.open(token).state()).isEqualTo(SurveyPage.State.ANSWERED);
        assertThatThrownBy(() -> surveys.answer(token, page.template().id(), answers(5)))
                .isInstanceOfSatisfying(SurveyClosed.class, e -> assertThat(e.state()).isEqualTo(SurveyPage.State.ANSWERED));
        Map<String, Object> stored = jdbc.queryForMap("select r.* from survey_response r join survey_invitation i "
                + "on i.id = r.invitation_id where i.account_id = ?", person);
        assertThat(stored.get("csat")).isEqualTo(4);
        assertThat(stored.get("service_code")).isEqualTo("FAMILY_COUNSELLING");
        assertThat(stored.get("step")).isEqualTo("WITHDRAWN");
        assertThat((String) stored.get("comment")).as("encrypted at rest, bound to its row").startsWith("enc2:");
        assertThat(jdbc.queryForObject("select count(*) from survey_response_rating where response_id = ?",
                Integer.class, stored.get("id"))).isEqualTo(2);

        // A second service ending within the week brings no second invitation.
        signInAs(email);
        long another = Samples.submittedRequest(requests, "AWARENESS", "أمل سعيد الحارثي");
        requests.withdraw(another, jdbc.queryForObject("select version from support_request where id = ?", Long.class,
                another));
        Eventually.eventsSettled(jdbc);
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                person)).isOne();
    }

    @Test
    void forgedMalformedAndExpiredLinksOpenNothing() throws Exception {
        String email = closedRequest("نجلاء فهد المطيري");
        String token = awaitSurveyToken(email);
        assertThat(surveys.open("A".repeat(43)).state()).isEqualTo(SurveyPage.State.UNKNOWN);
        assertThat(surveys.open("../../etc/passwd").state()).isEqualTo(SurveyPage.State.UNKNOWN);
        assertThat(surveys.open("' or '1'='1").state()).isEqualTo(SurveyPage.State.UNKNOWN);
        assertThat(surveys.open(null).state()).isEqualTo(SurveyPage.State.UNKNOWN);
        assertThatThrownBy(() -> surveys.answer("A".repeat(43), 1, answers(3))).isInstanceOf(SurveyClosed.class);

        jdbc.update("update survey_invitation set expires_at = ? where account_id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), accountId(email));
        assertThat(surveys.open(token).state()).isEqualTo(SurveyPage.State.EXPIRED);
        assertThatThrownBy(() -> surveys.answer(token, 1, answers(3)))
                .isInstanceOfSatisfying(SurveyClosed.class, e -> assertThat(e.state()).isEqualTo(SurveyPage.State.EXPIRED));
        assertThat(jdbc.queryForObject("select count(*) from survey_response r join survey_invitation i "
                + "on i.id = r.invitation_id where i.account_id = ?", Integer.class, accountId(email))).isZero();
    }

    @Test
    void answersOutOfRangeUnknownOrTooLongAreRefusedAndNothingIsStored() throws Exception {
        String email = closedRequest("سارة ماجد العنزي");
        String token = awaitSurveyToken(email);
        long template = surveys.open(token).template().id();
        assertThatThrownBy(() -> surveys.answer(token, template, new SurveyAnswers(null, Map.of(), null, null, null,
                false))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("csat", "survey.csat.required"));
        assertThatThrownBy(() -> surveys.answer(token, template, new SurveyAnswers(6, Map.of("SPEED", 0), 8, 11,
                "x".repeat(2001), false))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("csat", "rating.SPEED", "ces", "nps", "comment"));
        assertThatThrownBy(() -> surveys.answer(token, template, new SurveyAnswers(3, Map.of("NOT_ASKED", 3), null,
                null, null, false))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("ratings", "survey.dimension.unknown"));
        assertThat(surveys.open(token).state()).as("still open after refused answers").isEqualTo(SurveyPage.State.OPEN);
    }

    @Test
    void editingAnAnsweredTemplateMakesANewVersionAndResponsesKeepTheirs() throws Exception {
        String email = closedRequest("هيفاء ناصر الشهري");
        String token = awaitSurveyToken(email);
        signInAs(QUALITY);
        TemplateView before = surveys.template(TriggerType.REQUEST_CLOSED);
        SecurityContextHolder.clearContext();
        surveys.answer(token, before.id(), answers(5));

        signInAs(QUALITY);
        TemplateView answered = surveys.template(TriggerType.REQUEST_CLOSED);
        assertThat(answered.answered()).isTrue();
        List<TemplateDimension> dimensions = new ArrayList<>(answered.dimensions());
        dimensions.add(new TemplateDimension("WAITING", "مدة الانتظار", "Waiting time"));
        TemplateView next = surveys.saveTemplate(TriggerType.REQUEST_CLOSED, answered.version(),
                new TemplateDraft(answered.introAr(), answered.introEn(), dimensions));
        assertThat(next.versionNumber()).isEqualTo(answered.versionNumber() + 1);
        assertThat(next.id()).isNotEqualTo(answered.id());
        assertThat(jdbc.queryForObject("select template_id from survey_response r join survey_invitation i "
                + "on i.id = r.invitation_id where i.account_id = ?", Long.class, accountId(email)))
                .isEqualTo(answered.id());
        // Unanswered, the new version changes in place; a stale editor changes nothing.
        TemplateView edited = surveys.saveTemplate(TriggerType.REQUEST_CLOSED, next.version(),
                new TemplateDraft("مقدمة معدلة", "Changed introduction", dimensions));
        assertThat(edited.id()).isEqualTo(next.id());
        assertThatThrownBy(() -> surveys.saveTemplate(TriggerType.REQUEST_CLOSED, next.version(),
                new TemplateDraft("x", "y", dimensions))).isInstanceOf(TemplateChangedMeanwhile.class);
        assertThatThrownBy(() -> surveys.saveTemplate(TriggerType.REQUEST_CLOSED, edited.version(),
                new TemplateDraft(" ", "y", List.of(new TemplateDimension("bad code!", "", "")))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("introAr", "dimensions.0"));

        signInAs(BENEFICIARY);
        assertThatThrownBy(() -> surveys.templates()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.overview(StatsQuery.months(MonthKey.of(CalendarKind.GREGORIAN,
                LocalDate.now()), MonthKey.of(CalendarKind.GREGORIAN, LocalDate.now())),
                SurveyStatistics.Granularity.MONTH)).isInstanceOf(AccessDeniedException.class);
        signInAs(OFFICER);
        assertThatThrownBy(() -> statistics.overview(StatsQuery.months(MonthKey.of(CalendarKind.GREGORIAN,
                LocalDate.now()), MonthKey.of(CalendarKind.GREGORIAN, LocalDate.now())),
                SurveyStatistics.Granularity.MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThat(statistics.recentHeadline(LocalDate.now())).isNotNull();
    }

    // ---------------------------------------------------------------- figures over generated data

    /** Inserts {@code n} invitations and responses of one synthetic service over the months before today. */
    private void generate(String service, int n, long seed) {
        generate(service, n, seed, new String[] {"RIYADH", "MAKKAH", "EASTERN", "QASSIM"});
    }

    private void generate(String service, int n, long seed, String[] regions) {
        Random random = new Random(seed);
        long template = jdbc.queryForObject("select id from survey_template where trigger_type = 'REQUEST_CLOSED' "
                + "and current_version", Long.class);
        String[] channels = {"WEBSITE", "PHONE", "INTERVIEW"};
        LocalDate today = LocalDate.now(PortalDates.ZONE);
        List<Object[]> invitations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = today.minusDays(1 + random.nextInt(180));
            invitations.add(new Object[] {String.format("%064d", seed * 1_000_000 + i), "sealed", service + ":" + i,
                    service, channels[random.nextInt(channels.length)], regions[random.nextInt(regions.length)],
                    random.nextInt(10) < 7 ? "REGISTERED" : "REJECTED",
                    Timestamp.from(day.atTime(10, 0).atZone(PortalDates.ZONE).toInstant())});
        }
        jdbc.batchUpdate("insert into survey_invitation (token_hash, token_sealed, source_key, trigger_type, service_code,"
                + " channel, region, step, language, created_at, expires_at) values (?, ?, ?, 'REQUEST_CLOSED', ?, ?, ?,"
                + " ?, 'ar', ?, date_add(utc_timestamp(), interval 30 day))", invitations);
        jdbc.update("""
                insert into survey_response (invitation_id, template_id, trigger_type, service_code, channel, region, step,
                    answered_at, answered_on, csat, ces, nps, comment, may_contact)
                select i.id, ?, i.trigger_type, i.service_code, i.channel, i.region, i.step, i.created_at,
                       date(convert_tz(i.created_at, '+00:00', '+03:00')),
                       1 + (i.id * 7) % 5, 1 + (i.id * 3) % 7, (i.id * 11) % 11, null, false
                from survey_invitation i where i.service_code = ? and i.id % 10 <> 0
                """, template, service);
        jdbc.update("""
                insert into survey_response_rating (response_id, code, rating)
                select r.id, 'SPEED', 1 + (r.id * 5) % 5 from survey_response r where r.service_code = ?
                """, service);
    }

    /** The last complete months: the running month may still be too small to show. */
    private StatsQuery lastMonths(int months) {
        MonthKey now = MonthKey.of(CalendarKind.GREGORIAN, LocalDate.now(PortalDates.ZONE));
        return StatsQuery.months(now.plus(-months), now.plus(-1));
    }

    /** The last day a query counts: its weeks that have ended. */
    private static LocalDate lastDay(StatsQuery query) {
        return SurveyStatistics.weeks(query, LocalDate.now(PortalDates.ZONE)).last();
    }

    @Test
    void theDashboardOverTensOfThousandsOfResponsesEqualsThePlainGroupByOfTheResponses() {
        String service = "GEN-" + System.nanoTime() % 1_000_000;
        // Regions of this service's own: a row is shown only if the same region without the filter
        // holds no one more or at least k more each week, which other tests' few raters would break.
        String[] regions = {"G1-" + service, "G2-" + service, "G3-" + service, "G4-" + service};
        generate(service, 30_000, 7, regions);
        rollups.rebuild();
        signInAs(QUALITY);
        StatsQuery query = lastMonths(6).filteredBy(Dimension.SERVICE, service);
        SurveyStatistics.Overview overview = statistics.overview(query, SurveyStatistics.Granularity.MONTH);

        Map<String, Object> raw = jdbc.queryForMap("""
                select count(*) n, avg(csat) mean, 100 * sum(csat >= 4) / count(*) pct,
                       100 * (sum(nps >= 9) - sum(nps <= 6)) / count(nps) nps, avg(ces) ces
                from survey_response where service_code = ? and answered_on between ? and ?
                """, service, Date.valueOf(query.firstDay()), Date.valueOf(lastDay(query)));
        Figures headline = overview.headline();
        assertThat(headline.shown()).isTrue();
        assertThat(headline.responses()).isEqualTo(((Number) raw.get("n")).longValue()).isGreaterThan(20_000);
        assertThat(headline.csatMean()).isCloseTo(((Number) raw.get("mean")).doubleValue(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(headline.csatPercent()).isCloseTo(((Number) raw.get("pct")).doubleValue(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(headline.nps()).isCloseTo(((Number) raw.get("nps")).doubleValue(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(headline.cesMean()).isCloseTo(((Number) raw.get("ces")).doubleValue(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(headline.responseRate()).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1.0));

        List<Map<String, Object>> byRegion = jdbc.queryForList("select region, count(*) n, avg(csat) mean "
                + "from survey_response where service_code = ? and answered_on between ? and ? group by region",
                service, Date.valueOf(query.firstDay()), Date.valueOf(lastDay(query)));
        assertThat(overview.breakdowns().get(Dimension.REGION)).hasSize(4).allSatisfy(cell -> {
            Map<String, Object> expected = byRegion.stream().filter(r -> r.get("region").equals(cell.value()))
                    .findFirst().orElseThrow();
            assertThat(cell.figures().responses()).isEqualTo(((Number) expected.get("n")).longValue());
            assertThat(cell.figures().csatMean()).isCloseTo(((Number) expected.get("mean")).doubleValue(),
                    org.assertj.core.data.Offset.offset(1e-3));
        });
        assertThat(overview.breakdowns()).doesNotContainKey(Dimension.SERVICE);
        assertThat(overview.trend()).hasSize(6).allSatisfy(b -> assertThat(b.figures().shown()).isTrue());
        assertThat(overview.ratings()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("SPEED"));

        // Hijri months cover the same days once the period is whole Hijri months.
        MonthKey hijriNow = MonthKey.of(CalendarKind.HIJRI, LocalDate.now(PortalDates.ZONE));
        StatsQuery hijri = StatsQuery.months(hijriNow.plus(-5), hijriNow).filteredBy(Dimension.SERVICE, service);
        assertThat(statistics.overview(hijri, SurveyStatistics.Granularity.MONTH).trend()).hasSize(6);
    }

    @Test
    void thePerStaffTableNamesEachMemberOfStaff() {
        String service = "GEN-" + System.nanoTime() % 1_000_000;
        generate(service, 400, 19);
        long officer = accountId(OFFICER);
        long researcher = accountId("researcher@demo.eshraqa.org.sa");
        for (String table : List.of("survey_invitation", "survey_response")) {
            jdbc.update("update " + table + " set staff_account_id = case when id % 2 = 0 then ? else ? end "
                    + "where service_code = ?", officer, researcher, service);
        }
        rollups.rebuild();
        signInAs(QUALITY);
        Map<String, String> names = statistics.perStaff(lastMonths(6), Dimension.STAFF).stream()
                .collect(java.util.stream.Collectors.toMap(SurveyStatistics.Cell::value, SurveyStatistics.Cell::label));
        assertThat(names).containsEntry(String.valueOf(officer), jdbc.queryForObject(
                "select full_name from account where id = ?", String.class, officer));
        assertThat(names.get(String.valueOf(researcher))).isNotBlank().doesNotStartWith("#")
                .isNotEqualTo(names.get(String.valueOf(officer)));
    }

    @Test
    void smallCellsAreHiddenAlsoWhenTheirComplementOrANarrowFilterWouldGiveThemAway() {
        String service = "K-" + System.nanoTime() % 1_000_000;
        generate(service, 400, 11);
        rollups.rebuild();
        signInAs(QUALITY);
        StatsQuery query = lastMonths(6).filteredBy(Dimension.SERVICE, service);
        // Move three responses to a region of their own: alone they would describe three people.
        jdbc.update("update survey_response set region = 'JAZAN' where service_code = ? order by id limit 3", service);
        rollups.rebuild();
        List<SurveyStatistics.Cell> regions = statistics.overview(query, SurveyStatistics.Granularity.MONTH)
                .breakdowns().get(Dimension.REGION);
        assertThat(regions).filteredOn(c -> c.value().equals("JAZAN")).singleElement()
                .satisfies(c -> assertThat(c.figures().shown()).isFalse());
        assertThat(regions).filteredOn(c -> !c.figures().shown()).as("one more hidden, so no subtraction reveals JAZAN")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(regions).filteredOn(c -> !c.figures().shown()).allSatisfy(c -> {
            assertThat(c.figures().responses()).isZero();
            assertThat(c.figures().csatMean()).isNull();
        });

        // Filtering by the small region alone shows nothing at all.
        StatsQuery narrow = lastMonths(6).filteredBy(Dimension.REGION, "JAZAN");
        jdbc.update("update survey_response set region = 'NAJRAN' where region = 'JAZAN'");
        jdbc.update("update survey_response set region = 'JAZAN' where service_code = ? order by id limit 3", service);
        rollups.rebuild();
        SurveyStatistics.Overview isolated = statistics.overview(narrow, SurveyStatistics.Granularity.WEEK);
        assertThat(isolated.headline().shown()).isFalse();
        assertThat(isolated.trend()).isEmpty();
        assertThat(isolated.ratings()).isEmpty();
        assertThat(isolated.breakdowns().values()).allSatisfy(cells -> assertThat(cells).isEmpty());
        assertThat(statistics.lowComments(narrow, null, 10)).isEmpty();
    }

    @Test
    void anAspectRatedByFewInOneMonthAndWeeksThePeriodCutsAreNotShown() {
        String service = "P-" + System.nanoTime() % 1_000_000;
        generate(service, 400, 13);
        rollups.rebuild();
        signInAs(QUALITY);
        StatsQuery query = lastMonths(6).filteredBy(Dimension.SERVICE, service);
        assertThat(statistics.overview(query, SurveyStatistics.Granularity.MONTH).ratings()).singleElement()
                .satisfies(r -> assertThat(r.shown()).isTrue());

        // In the last month only three people rated the speed: the six months minus the five before
        // would give those three away, so the aspect is hidden while the headline still shows.
        jdbc.update("""
                delete rr from survey_response_rating rr join survey_response r on r.id = rr.response_id
                where r.service_code = ? and r.answered_on >= ? and r.id not in (select id from (
                    select id from survey_response where service_code = ? and answered_on >= ? order by id limit 3) x)
                """, service, Date.valueOf(query.to().firstDay()), service, Date.valueOf(query.to().firstDay()));
        rollups.rebuild();
        SurveyStatistics.Overview overview = statistics.overview(query, SurveyStatistics.Granularity.WEEK);
        assertThat(overview.headline().shown()).isTrue();
        assertThat(overview.ratings()).singleElement().satisfies(r -> {
            assertThat(r.shown()).isFalse();
            assertThat(r.mean()).isNull();
        });
        assertThat(overview.trend()).allSatisfy(week -> {
            boolean whole = !week.start().isBefore(query.firstDay()) && !week.start().plusDays(6).isAfter(query.lastDay());
            if (!whole) {
                assertThat(week.figures().shown()).as("week of %s", week.start()).isFalse();
            }
        });
        assertThat(overview.trend()).filteredOn(week -> week.figures().shown()).hasSizeGreaterThan(15);
    }

    @Test
    void onlyPeopleWhoAskedToBeContactedAreListedWithTheirNameAndOnlyToTheQualityManager() throws Exception {
        String asked = closedRequest("هند علي الغامدي");
        String silent = closedRequest("ريم ناصر العتيبي");
        String askedToken = awaitSurveyToken(asked);
        String silentToken = awaitSurveyToken(silent);
        SecurityContextHolder.clearContext();
        long template = surveys.open(askedToken).template().id();
        surveys.answer(askedToken, template, new SurveyAnswers(2, Map.of(), null, null, "انتظرت طويلًا", true));
        surveys.answer(silentToken, template, new SurveyAnswers(1, Map.of(), null, null, "لم يرد أحد", false));
        long askedResponse = jdbc.queryForObject("select r.id from survey_response r join survey_invitation i on "
                + "i.id = r.invitation_id where i.account_id = ?", Long.class, accountId(asked));
        long silentResponse = jdbc.queryForObject("select r.id from survey_response r join survey_invitation i on "
                + "i.id = r.invitation_id where i.account_id = ?", Long.class, accountId(silent));

        signInAs(OFFICER);
        assertThatThrownBy(() -> contactRequests.list(false, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contactRequests.markDone(askedResponse, null)).isInstanceOf(AccessDeniedException.class);
        signInAs(asked);
        assertThatThrownBy(() -> contactRequests.list(false, 0, 50)).isInstanceOf(AccessDeniedException.class);

        signInAs(QUALITY);
        List<ContactRequest> waiting = contactRequests.list(false, 0, 200);
        assertThat(waiting).extracting(ContactRequest::responseId).contains(askedResponse).doesNotContain(silentResponse);
        assertThat(waiting).filteredOn(r -> r.responseId() == askedResponse).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("هند علي الغامدي");
            assertThat(r.email()).isEqualTo(asked);
            assertThat(r.comment()).isEqualTo("انتظرت طويلًا");
            assertThat(r.done()).isFalse();
        });
        assertThat(jdbc.queryForObject("select count(*) from access_log where record_kind = 'SURVEY_RESPONSE' "
                + "and record_id = ? and subject_account_id = ?", Integer.class, askedResponse, accountId(asked)))
                .as("the person can see who read their rating with their name").isEqualTo(1);

        // A forged id, someone who did not ask, a note too long: refused, nothing written.
        assertThatThrownBy(() -> contactRequests.markDone(silentResponse, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("response", "contactRequests.unknown"));
        assertThatThrownBy(() -> contactRequests.markDone(Long.MAX_VALUE, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> contactRequests.markDone(askedResponse, "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("note", "contactRequests.note.tooLong"));

        contactRequests.markDone(askedResponse, "اتصلنا بها واعتذرنا، وحُدد موعد");
        assertThatThrownBy(() -> contactRequests.markDone(askedResponse, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("response", "contactRequests.alreadyDone"));
        assertThat(contactRequests.list(false, 0, 200)).extracting(ContactRequest::responseId).doesNotContain(askedResponse);
        assertThat(contactRequests.list(true, 0, 200)).filteredOn(r -> r.responseId() == askedResponse).singleElement()
                .satisfies(r -> {
                    assertThat(r.done()).isTrue();
                    assertThat(r.note()).isEqualTo("اتصلنا بها واعتذرنا، وحُدد موعد");
                    assertThat(r.doneBy()).isNotBlank();
                });
        assertThat(jdbc.queryForObject("select note from survey_follow_up where response_id = ?", String.class,
                askedResponse)).as("the note is encrypted at rest, bound to its row").startsWith("enc2:");
    }
}
