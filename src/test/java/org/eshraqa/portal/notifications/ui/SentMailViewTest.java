package org.eshraqa.portal.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's Sent mail page outside demo mode: a survey invitation and a decision with
 * its reason are listed by account, kind and time, with no subject, and opening a row shows no
 * text, so neither the survey link nor the reason can be read there. (The shared test context runs
 * in demo mode; this test turns it off for its own duration.)
 */
class SentMailViewTest extends PortalBrowserlessTest {

    private static final String REASON = "لا تنطبق شروط البرنامج لأن الأسرة تتلقى دعمًا مماثلًا";

    @Autowired ConfigurableEnvironment environment;
    @Autowired JdbcTemplate jdbc;
    @Autowired SupportRequests requests;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void demoModeOff() {
        environment.getPropertySources().addFirst(new MapPropertySource("demo-off",
                Map.of("portal.demo.enabled", "false")));
    }

    @AfterEach
    void demoModeBack() {
        environment.getPropertySources().remove("demo-off");
    }

    private List<String> kindsOf(long person) {
        return jdbc.queryForList("select kind from sent_mail where recipient_account_id = ?", String.class, person);
    }

    @Test
    void theAdministratorSeesWhomWhatAndWhenButNoLinkOrReason() throws Exception {
        String email = newAccount("سارة ناصر الحارثي", Role.BENEFICIARY);
        long person = accountId(email);
        signInAs(email);
        long id = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", "سارة ناصر الحارثي");
        requests.withdraw(id, jdbc.queryForObject("select version from support_request where id = ?", Long.class, id));
        transactions.executeWithoutResult(tx -> events.publishEvent(new SupportRequestStateChanged(id + 800_000_000L,
                "ESH-2026-VIEW", person, RequestState.IN_COMMITTEE, RequestState.REJECTED, REASON, 9)));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> kindsOf(person).containsAll(List.of("survey", "request-state")));

        signInAs(ADMIN);
        navigate(SentMailView.class);
        Grid<?> grid = $(Grid.class).withId("sent-mail-grid").single();
        String account = "الحساب " + person;
        List<String> kinds = new ArrayList<>();
        int rows = Math.min(test(grid).size(), 30);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < 5; column++) {
                assertThat(test(grid).getCellText(row, column)).doesNotContain("/survey/").doesNotContain(REASON)
                        .doesNotContain(email).doesNotContain("ESH-2026-VIEW");
            }
            if (test(grid).getCellText(row, 1).equals(account)) {
                kinds.add(test(grid).getCellText(row, 2));
                assertThat(test(grid).getCellText(row, 3)).as("no subject").isEmpty();
                test(grid).clickRow(row);
                assertThat($(Dialog.class).all()).as("no text to open").isEmpty();
            }
        }
        assertThat(kinds).contains("دعوة إلى استبانة", "حالة طلب");
    }
}
