package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Applicant;
import org.eshraqa.portal.requests.Declaration;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.db.EmbeddedMariaDb;
import org.eshraqa.portal.shared.ui.PortalErrorHandler;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded MariaDB stops while the portal runs, in the middle of a beneficiary's submission
 * and of staff work, and starts again on the same port and data. The person is told in their
 * language to try again, nothing is half-written, the portal serves again without a restart, and
 * every event committed before the outage is delivered exactly once afterwards (by the redelivery
 * job, here every 2 s).
 *
 * <p>Runs in a Surefire execution and JVM of its own ({@code database-outage} in the pom): no
 * other test shares the database it stops.
 */
@TestPropertySource(properties = {
        "portal.notifications.retry-interval=PT2S",
        "portal.notifications.retry-after=PT2S"
})
class DatabaseOutageTest extends PortalTestBase {

    private static final String SERVICE = "THERAPY_SESSIONS";

    @Autowired EmbeddedMariaDb database;
    @Autowired SupportRequests requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MessageSource messages;

    private boolean down;

    private void stopDatabase() {
        database.stopServer();
        down = true;
    }

    private void startDatabase() {
        database.restartServer();
        down = false;
    }

    @AfterEach
    void databaseBack() {
        if (down) {
            startDatabase();
        }
        SecurityContextHolder.clearContext();
    }

    /** Waits until the condition holds; a condition that throws (database still away) counts as not yet. */
    private static void await(String what, Callable<Boolean> condition) {
        Eventually.waiting().atMost(Duration.ofSeconds(30)).alias(what).ignoreExceptions().until(condition);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from support_request where id = ?", Long.class, id);
    }

    /** A complete draft, every document attached, for the signed-in beneficiary; not submitted. */
    private long completeDraft(String fullName) {
        long id = requests.startDraft(SERVICE);
        Applicant a = Samples.applicant(fullName);
        assertThat(requests.saveDraft(id, a, "أحتاج جلسات علاج نفسي")).isEmpty();
        ServiceOffer offer = requests.catalogue().stream().filter(s -> s.code().equals(SERVICE)).findFirst()
                .orElseThrow();
        offer.requiredDocuments().forEach(type -> requests.addDocument(id, type, "scan.pdf", Samples.pdf()));
        return id;
    }

    private int healthStatus() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBeneficiarySubmittingDuringAnOutageIsToldToTryAgainAndNothingIsHalfWritten() throws Exception {
        String name = "منال راشد الزهراني";
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long id = completeDraft(name);
        SecurityContextHolder.clearContext();
        Map<String, Object> before = jdbc.queryForMap("select state, reference, submitted_at, version "
                + "from support_request where id = ?", id);
        int auditBefore = jdbc.queryForObject("select count(*) from support_request_audit where request_id = ?",
                Integer.class, id);
        String tryAgain = messages.getMessage("error.unavailable", null, java.util.Locale.forLanguageTag("ar"));

        try (Browser browser = new Browser()) {
            Page page = browser.newPage(1280, 900);
            signIn(page, email, DEMO_PASSWORD);
            page.navigate(infra().portalUrl() + "/requests/new/" + SERVICE);
            page.waitForSelector("#request-form-view");
            page.click("#declaration-correct input");
            page.click("#declaration-responsible input");
            Browser.type(page, "signature", name);

            stopDatabase();
            page.click("#request-submit");
            page.waitForSelector("vaadin-notification-card:has-text('" + tryAgain + "')");
            assertThat(page.isVisible("#receipt")).isFalse();
            assertThat(healthStatus()).as("health reports the outage").isEqualTo(503);

            startDatabase();
            await("the portal answers again", () -> healthStatus() == 200);
            assertThat(jdbc.queryForMap("select state, reference, submitted_at, version from support_request "
                    + "where id = ?", id)).as("the failed submission left the draft as it was").isEqualTo(before);
            assertThat(jdbc.queryForObject("select count(*) from support_request_audit where request_id = ?",
                    Integer.class, id)).isEqualTo(auditBefore);

            // Trying again in the same page, without reloading, works.
            page.click("#request-submit");
            page.waitForSelector("#receipt");
        }
        assertThat(jdbc.queryForObject("select state from support_request where id = ?", String.class, id))
                .isEqualTo(RequestState.SUBMITTED.name());
        assertThat(awaitMails(email, 1)).as("the receipt mail, once").hasSize(1);
    }

    @Test
    void staffWorkDuringAnOutageIsRefusedWholeAndEventsCommittedBeforeItAreDeliveredOnce() throws Exception {
        String name = "شهد ماجد العتيبي";
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long id = completeDraft(name);
        requests.submit(id, new Declaration(true, true, name, "2026-11"));
        String reference = jdbc.queryForObject("select reference from support_request where id = ?", String.class, id);
        await("the receipt mail", () -> {
            try {
                return awaitMails(email, 1).size() == 1;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        // The officer takes the request; the database stops the moment that transaction has
        // committed, before any listener of its event can run: the event is in the registry only.
        signInAs(OFFICER);
        long loaded = version(id);
        transactions.executeWithoutResult(tx -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stopDatabase();
                }
            });
            requests.takeIntoVerification(id, loaded);
        });
        assertThat(down).isTrue();

        // Staff work during the outage: refused as a whole, classed as "try again".
        assertThatThrownBy(() -> requests.recordVerification(id, loaded + 1, true, true, true))
                .satisfies(e -> assertThat(PortalErrorHandler.databaseUnavailable(e)).as(e.toString()).isTrue());

        startDatabase();
        await("the portal reads again", () -> version(id) == loaded + 1);
        Map<String, Object> row = jdbc.queryForMap("select state, checked_identity, checked_documents, checked_data "
                + "from support_request where id = ?", id);
        assertThat(row.get("state")).as("committed before the outage").isEqualTo(RequestState.IN_VERIFICATION.name());
        assertThat(row.get("checked_identity")).as("the refused change left nothing").isEqualTo(false);
        assertThat(row.get("checked_documents")).isEqualTo(false);
        assertThat(row.get("checked_data")).isEqualTo(false);

        // Every listener of the event runs once the database is back: no publication left, one
        // mail and one bell entry for the move.
        await("no incomplete publication left", () -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
        long person = accountId(email);
        await("the move's mail", () -> {
            try {
                return awaitMails(email, 2).size() == 2;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Eventually.eventsSettled(jdbc);
        assertThat(awaitMails(email, 2)).as("receipt and the move, each once").hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_account_id = ? "
                + "and title like ?", Integer.class, person, "%" + reference + "%")).as("bell entries").isEqualTo(2);

        // And the officer's work goes through now.
        requests.recordVerification(id, version(id), true, true, true);
        assertThat(jdbc.queryForObject("select checked_data from support_request where id = ?", Boolean.class, id))
                .isTrue();
    }
}
