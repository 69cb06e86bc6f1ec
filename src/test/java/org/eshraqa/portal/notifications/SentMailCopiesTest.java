package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode the administrator can neither open someone's survey nor read a decision's
 * reason from the copies of sent mail: the table (read raw) and the sent-mail records hold no
 * link, token, address, subject or case text, while the person still gets the whole mail. Without
 * a mail server the log holds no body either. (The shared test context runs in demo mode; these
 * tests turn it off for their own duration.)
 */
class SentMailCopiesTest extends PortalTestBase {

    private static final Pattern SURVEY_LINK = Pattern.compile("(https?://\\S+)?/survey/([A-Za-z0-9_-]{43})");
    private static final String REASON = "رُفض الطلب لأن دخل الأسرة يتجاوز الحد المعتمد للبرنامج";

    @Autowired ConfigurableEnvironment environment;
    @Autowired JdbcTemplate jdbc;
    @Autowired JdbcClient jdbcClient;
    @Autowired SupportRequests requests;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired SentMailRepository sentMail;
    @Autowired Mailer mailer;

    @BeforeEach
    void demoModeOff() {
        environment.getPropertySources().addFirst(new MapPropertySource("demo-off",
                Map.of("portal.demo.enabled", "false")));
    }

    @AfterEach
    void demoModeBack() {
        environment.getPropertySources().remove("demo-off");
        SecurityContextHolder.clearContext();
    }

    private List<Map<String, Object>> copiesOf(long person) {
        return jdbc.queryForList("select * from sent_mail where recipient_account_id = ? order by id", person);
    }

    @Test
    void aSurveyInvitationsAndADecisionsCopiesHoldNoLinkTokenOrReason() throws Exception {
        String email = newAccount("ريما سعود العنزي", Role.BENEFICIARY);
        long person = accountId(email);
        signInAs(email);
        long id = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", "ريما سعود العنزي");
        requests.withdraw(id, jdbc.queryForObject("select version from support_request where id = ?", Long.class, id));
        SecurityContextHolder.clearContext();
        transactions.executeWithoutResult(tx -> events.publishEvent(new SupportRequestStateChanged(id + 700_000_000L,
                "ESH-2026-REASON", person, RequestState.IN_COMMITTEE, RequestState.REJECTED, REASON, 9)));

        // The person gets both mails whole: the survey link and the reason.
        AtomicReference<String> tokenFound = new AtomicReference<>();
        AtomicReference<String> reasonFound = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (MimeMessage message : awaitMails(email, 1)) {
                String text = text(message);
                Matcher link = SURVEY_LINK.matcher(text);
                if (link.find()) {
                    tokenFound.set(link.group(2));
                }
                if (text.contains(REASON)) {
                    reasonFound.set(text);
                }
            }
            return tokenFound.get() != null && reasonFound.get() != null;
        });
        String token = tokenFound.get();
        String reasonMail = reasonFound.get();
        assertThat(token).as("the invitation reached the person").isNotNull();
        assertThat(reasonMail).as("the decision reached the person").isNotNull();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> copiesOf(person).stream()
                .map(row -> row.get("kind")).toList().containsAll(List.of("survey", "request-state")));

        String surveyToken = token;
        List<Map<String, Object>> copies = copiesOf(person);
        for (Map<String, Object> row : copies) {
            String raw = row.toString();
            assertThat(row.get("recipient")).as(raw).isNull();
            assertThat(row.get("subject")).as(raw).isNull();
            assertThat(row.get("body_html")).as(raw).isNull();
            assertThat(raw).doesNotContain(surveyToken).doesNotContain("/survey/").doesNotContain("http")
                    .doesNotContain(REASON).doesNotContain("ESH-2026-REASON").doesNotContain(email)
                    .doesNotContain("ريما");
        }
        // Nowhere in the table, under any account.
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where body_html like ? or subject like ? "
                + "or body_html like ? or recipient = ?", Integer.class, "%" + surveyToken + "%", "%" + REASON + "%",
                "%" + REASON + "%", email)).isZero();

        // What the administrator's sent-mail page reads.
        signInAs(ADMIN);
        List<SentMailRecord> shown = mailer.recent(0, 200).stream()
                .filter(r -> r.recipientAccountId() != null && r.recipientAccountId() == person).toList();
        assertThat(shown).extracting(SentMailRecord::kind).contains("survey", "request-state");
        assertThat(shown).allSatisfy(r -> {
            assertThat(r.bodyHtml()).isNull();
            assertThat(r.subject()).isNull();
            assertThat(r.recipient()).isNull();
        });
    }

    @Test
    void withoutAMailServerTheLogHoldsNoBodyAddressOrSubject() {
        long person = accountId(newAccount("هالة ماجد الشمري", Role.BENEFICIARY));
        Mailer noServer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), sentMail,
                Clock.systemUTC(), "no-reply@eshraqa.org.sa", environment);
        Logger logger = (Logger) LoggerFactory.getLogger(Mailer.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        String key = "survey:" + System.nanoTime();
        try {
            noServer.send(person, "hala.log@example.org", "عنوان سري للقرار",
                    "<p>" + REASON + "</p><p><a href=\"http://localhost/survey/" + "A".repeat(43) + "\">x</a></p>",
                    Locale.forLanguageTag("ar"), key);
        } finally {
            logger.detachAppender(lines);
        }
        assertThat(lines.list).isNotEmpty();
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getFormattedMessage())
                .doesNotContain(REASON).doesNotContain("/survey/").doesNotContain("hala.log@example.org")
                .doesNotContain("عنوان سري").contains("account " + person));
        Map<String, Object> row = jdbc.queryForMap("select * from sent_mail where dedupe_key = ?", key);
        assertThat(row.get("transport")).isEqualTo("LOG");
        assertThat(row.get("body_html")).isNull();
        assertThat(row.get("subject")).isNull();
        assertThat(row.get("recipient")).isNull();
    }

    @Test
    void copiesKeptWholeByADemoRunLoseTheirTextAtAStartOutsideDemoMode() {
        String key = "request-state:" + System.nanoTime() + ":3";
        jdbc.update("insert into sent_mail (recipient, subject, body_html, transport, created_at, dedupe_key) "
                + "values (?, ?, ?, 'SMTP', now(6), ?)", "old.copy@example.org", "تم رفض طلبك",
                "<p>" + REASON + "</p><a href=\"http://localhost/survey/" + "B".repeat(43) + "\">x</a>", key);
        new SentMailCopies(jdbcClient, environment).run(null);
        Map<String, Object> row = jdbc.queryForMap("select * from sent_mail where dedupe_key = ?", key);
        assertThat(row.get("recipient")).isNull();
        assertThat(row.get("subject")).isNull();
        assertThat(row.get("body_html")).isNull();
        assertThat(row.get("kind")).isEqualTo("request-state");
    }
}
