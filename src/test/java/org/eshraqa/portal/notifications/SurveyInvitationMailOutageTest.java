package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.surveys.SurveyPage;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.FreePorts;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A survey invitation while the mail server is down: the invitation and its bell entry are made at
 * once, the mail waits in the publication registry, and once the server is back the redelivery
 * job sends it exactly once, with a link that opens the survey.
 */
class SurveyInvitationMailOutageTest extends PortalTestBase {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    @Autowired SupportRequests requests;
    @Autowired Surveys surveys;
    @Autowired JdbcTemplate jdbc;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired NotificationsConfiguration.Redelivery redelivery;

    @AfterEach
    void mailServerBack() {
        mailSender.setPort(mail().getSmtp().getPort());
        SecurityContextHolder.clearContext();
    }

    private List<MimeMessage> invitationMails(String email) throws Exception {
        return awaitMails(email, 0).stream().filter(m -> LINK.matcher(text(m)).find()).toList();
    }

    private int waitingInvitationMails(long person) {
        return jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                  and listener_id like '%SurveyNotifications.mail%'
                  and serialized_event like ?""", Integer.class, "%\"accountId\":" + person + ",%");
    }

    @Test
    void anInvitationMailDuringAMailOutageIsSentOnceWhenTheServerIsBack() throws Exception {
        mailSender.setPort(FreePorts.next());
        String email = newAccount("جود فيصل المطيري", Role.BENEFICIARY);
        long person = accountId(email);
        signInAs(email);
        long id = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", "جود فيصل المطيري");
        requests.withdraw(id, jdbc.queryForObject("select version from support_request where id = ?", Long.class, id));
        SecurityContextHolder.clearContext();

        // The invitation and its bell entry do not wait for the mail server; the mail does.
        Eventually.until(() -> jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                person) == 1);
        Eventually.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_account_id = ? "
                + "and link = 'surveys'", Integer.class, person) == 1);
        Eventually.until(() -> waitingInvitationMails(person) == 1);
        assertThat(invitationMails(email)).isEmpty();

        mailSender.setPort(mail().getSmtp().getPort());
        redelivery.resubmitOlderThan(Duration.ZERO);
        Eventually.until(() -> {
            try {
                return invitationMails(email).size() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        Eventually.until(() -> waitingInvitationMails(person) == 0);

        // Running the job again sends nothing more.
        redelivery.resubmitOlderThan(Duration.ZERO);
        Eventually.eventsSettled(jdbc);
        List<MimeMessage> mails = invitationMails(email);
        assertThat(mails).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                person)).as("still one invitation").isOne();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_account_id = ? "
                + "and link = 'surveys'", Integer.class, person)).as("still one bell entry").isOne();

        Matcher link = LINK.matcher(text(mails.getFirst()));
        assertThat(link.find()).isTrue();
        assertThat(surveys.open(link.group(1)).state()).as("the late link works").isEqualTo(SurveyPage.State.OPEN);
    }
}
