package org.eshraqa.portal.surveys;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.shared.DemoMode;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.crypto.SealedFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode (see {@link DemoMode}), eight months of made-up ratings, so the dashboards have
 * something to show: about 5,400 responses across the kinds of service, channels and regions
 * (enough that most weeks of a region or a service hold at least k), with a few comments. They belong to no account. Runs once: nothing is added when responses exist.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class SurveysDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveysDemo.class);
    private static final String[] SERVICES = {"PSY_CONSULTATION", "THERAPY_SESSIONS", "MEDICATION",
            "FAMILY_COUNSELLING", "AWARENESS"};
    private static final String[] CHANNELS = {"WEBSITE", "WEBSITE", "WEBSITE", "PHONE", "INTERVIEW", "SOCIAL_MEDIA",
            "LETTER"};
    private static final String[] REGIONS = {"RIYADH", "RIYADH", "MAKKAH", "MAKKAH", "EASTERN", "QASSIM", "MADINAH",
            "ASIR"};
    private static final String[] COMMENTS = {
        "انتظرت طويلًا حتى عرفت أن طلبي وصل للجنة.",
        "الموظفة كانت لطيفة جدًا وشرحت لي كل شيء، شكرًا لكم.",
        "أتمنى أن تكون المستندات المطلوبة أوضح من البداية.",
        "لم أفهم لماذا طُلبت مني معلومات إضافية، أرجو الاتصال بي على 0551234567.",
        "الخدمة ممتازة وسريعة.",
        "كان الرد على سؤالي متأخرًا قليلًا لكنه كان مفيدًا.",
        "صعب علي رفع الملفات من الجوال.",
        "أشكر فريق الجمعية على الاهتمام والمتابعة."};

    private final Environment environment;
    private final JdbcTemplate jdbc;
    private final SurveyRollups rollups;
    private final Accounts accounts;

    SurveysDemo(Environment environment, JdbcTemplate jdbc, SurveyRollups rollups, Accounts accounts) {
        this.environment = environment;
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoMode.isOn(environment)
                || jdbc.queryForObject("select count(*) from survey_response", Long.class) > 0) {
            return;
        }
        Long officer = accounts.summaryByEmail("officer@demo.eshraqa.org.sa").map(AccountSummary::id).orElse(null);
        Long researcher = accounts.summaryByEmail("researcher@demo.eshraqa.org.sa").map(AccountSummary::id).orElse(null);
        Long coordinator = accounts.summaryByEmail("coordinator@demo.eshraqa.org.sa").map(AccountSummary::id)
                .orElse(null);
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(PortalDates.zone());
        List<Object[]> invitations = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            TriggerType trigger = random.nextInt(10) < 6 ? TriggerType.REQUEST_CLOSED
                    : TriggerType.values()[1 + random.nextInt(TriggerType.values().length - 1)];
            boolean request = trigger == TriggerType.REQUEST_CLOSED;
            boolean volunteering = trigger == TriggerType.VOLUNTEER_DECIDED || trigger == TriggerType.VOLUNTEER_HOURS;
            String step = switch (trigger) {
                case REQUEST_CLOSED -> random.nextInt(10) < 7 ? "REGISTERED" : random.nextBoolean() ? "REJECTED"
                        : "WITHDRAWN";
                case INQUIRY_ANSWERED -> "ANSWERED";
                case CONTACT_FINISHED -> "FINISHED";
                case VOLUNTEER_DECIDED -> "ACCEPTED";
                case VOLUNTEER_HOURS -> "HOURS_CONFIRMED";
            };
            Long staff = volunteering ? coordinator : trigger == TriggerType.INQUIRY_ANSWERED && random.nextBoolean()
                    ? researcher : officer;
            String team = volunteering ? "VOLUNTEER_COORDINATOR" : staff != null && staff.equals(researcher)
                    ? "SOCIAL_RESEARCHER" : "RELATIONS_OFFICER";
            LocalDate day = today.minusDays(random.nextInt(240));
            invitations.add(new Object[] {String.format("demo%060d", i), "demo", "demo:" + i, trigger.name(),
                    request ? SERVICES[random.nextInt(SERVICES.length)] : null,
                    volunteering ? "VOLUNTEERING" : CHANNELS[random.nextInt(CHANNELS.length)],
                    REGIONS[random.nextInt(REGIONS.length)], step, staff, team,
                    Timestamp.from(ZonedDateTime.of(day.atTime(9 + random.nextInt(10), 0), PortalDates.zone())
                            .toInstant())});
        }
        jdbc.batchUpdate("insert into survey_invitation (token_hash, token_sealed, source_key, trigger_type, service_code,"
                + " channel, region, step, staff_account_id, team, language, created_at, expires_at, answered_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ar', ?, date_add(utc_timestamp(), interval 30 day), null)",
                invitations);
        long template = jdbc.queryForObject("select id from survey_template where trigger_type = 'REQUEST_CLOSED' "
                + "and current_version", Long.class);
        List<Long> ids = jdbc.queryForList("select id from survey_invitation where source_key like 'demo:%' order by id",
                Long.class);
        List<Object[]> responses = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (random.nextInt(10) < 1) {
                continue;
            }
            Object[] invited = invitations.get(i);
            Timestamp at = (Timestamp) invited[10];
            int csat = pick(random, new int[] {4, 6, 14, 40, 36});
            String comment = random.nextInt(6) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
            String rowKey = SealedFields.newRowKey();
            responses.add(new Object[] {ids.get(i), template, invited[3], invited[4], invited[5], invited[6], invited[7],
                    invited[8], invited[9], at, java.sql.Date.valueOf(at.toInstant().atZone(PortalDates.zone())
                    .toLocalDate()), csat, 1 + random.nextInt(csat >= 4 ? 3 : 6),
                    Math.min(10, Math.max(0, csat * 2 + random.nextInt(3) - 1)),
                    comment == null ? null : SealedFields.seal("survey_response", "comment", rowKey, comment), rowKey});
        }
        jdbc.batchUpdate("""
                insert into survey_response (invitation_id, template_id, trigger_type, service_code, channel, region, step,
                    staff_account_id, team, answered_at, answered_on, csat, ces, nps, comment, row_key, may_contact)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                """, responses);
        jdbc.update("update survey_invitation i join survey_response r on r.invitation_id = i.id "
                + "set i.answered_at = r.answered_at where i.source_key like 'demo:%'");
        for (String code : List.of("SPEED", "COURTESY", "CLARITY", "EASE")) {
            int shift = switch (code) {
                case "SPEED" -> -1;
                case "COURTESY" -> 1;
                default -> 0;
            };
            jdbc.update("""
                    insert into survey_response_rating (response_id, code, rating)
                    select r.id, ?, greatest(1, least(5, r.csat + ? + (r.id % 3) - 1)) from survey_response r
                    join survey_invitation i on i.id = r.invitation_id where i.source_key like 'demo:%' and r.id % 4 <> 0
                    """, code, shift);
        }
        // The demo beneficiary rated a service poorly and asked to be contacted about it.
        accounts.summaryByEmail("beneficiary@demo.eshraqa.org.sa").ifPresent(person -> {
            List<Long> latest = jdbc.queryForList("select r.id from survey_response r join survey_invitation i"
                    + " on i.id = r.invitation_id where i.source_key like 'demo:%' and r.csat <= 3"
                    + " and r.comment is not null and i.trigger_type = 'REQUEST_CLOSED' order by r.answered_at desc"
                    + " limit 1", Long.class);
            latest.forEach(id -> {
                jdbc.update("update survey_response set may_contact = true where id = ?", id);
                jdbc.update("update survey_invitation i join survey_response r on r.invitation_id = i.id"
                        + " set i.account_id = ? where r.id = ?", person.id(), id);
            });
        });
        rollups.rebuild();
        log.info("Demo mode: {} survey responses over the last eight months", responses.size());
    }

    /** An answer from 1 to {@code weights.length}, each as likely as its weight (also the benchmark's). */
    static int pick(RandomGenerator random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i + 1;
            }
        }
        return weights.length;
    }
}
