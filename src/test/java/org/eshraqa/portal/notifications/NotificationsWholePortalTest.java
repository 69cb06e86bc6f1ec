package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.portal.requests.RequestMessagePosted;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.FreePorts;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications on the embedded MariaDB with a real SMTP server: each change reaches the person in
 * the portal and by mail in their language, a mail server outage delays the mail but does not lose
 * it, and no event is delivered twice.
 */
class NotificationsWholePortalTest extends PortalTestBase {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.eshraqa.portal.shared.crypto.FieldCipher cipher;
    @Autowired Notifications notifications;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired NotificationsConfiguration.Redelivery redelivery;
    @Autowired Accounts accounts;

    @AfterEach
    void restore() {
        mailSender.setPort(mail().getSmtp().getPort());
        SecurityContextHolder.clearContext();
    }


    /** Publishes a change as the requests module does: inside a transaction that commits. */
    private SupportRequestStateChanged publish(long requestId, String reference, int step) {
        SupportRequestStateChanged event = new SupportRequestStateChanged(requestId, reference,
                accountId(BENEFICIARY), RequestState.IN_VERIFICATION, RequestState.NEEDS_INFO,
                "أرفق <b>تقريرًا</b> طبيًا", step);
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
        return event;
    }

    private static List<MimeMessage> mailsAbout(String reference) {
        return Arrays.stream(mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(reference);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private int inApp(String reference) {
        return jdbc.queryForObject("select count(*) from notification where title like ?", Integer.class,
                "%" + reference + "%");
    }

    @Test
    void aChangeReachesThePersonInThePortalAndByMailInTheirLanguage() throws Exception {
        publish(900_001L, "ESH-2026-900001", 3);
        Eventually.until(() -> mailsAbout("ESH-2026-900001").size() == 1 && inApp("ESH-2026-900001") == 1);

        MimeMessage message = mailsAbout("ESH-2026-900001").getFirst();
        assertThat(message.getSubject()).isEqualTo("طلبك ESH-2026-900001: بانتظار معلومات منك");
        String html = text(message);
        // The HTML part escapes what staff wrote; the plain-text part carries it as text.
        assertThat(html).contains("أرفق &lt;b&gt;تقريرًا&lt;/b&gt; طبيًا").doesNotContain("pre-wrap\">أرفق <b>");
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("/requests/900001\"");

        signInAs(BENEFICIARY);
        assertThat(notifications.unreadCount()).isPositive();
        InAppNotification first = notifications.recent(0, 50).stream()
                .filter(n -> n.title().contains("ESH-2026-900001")).findFirst().orElseThrow();
        assertThat(first.link()).isEqualTo("requests/900001");
        assertThat(first.read()).isFalse();

        // Someone else can neither read nor mark it.
        signInAs(OFFICER);
        assertThat(notifications.recent(0, 50)).extracting(InAppNotification::id).doesNotContain(first.id());
        assertThat(notifications.markRead(first.id())).isFalse();
        notifications.markAllRead();
        signInAs(BENEFICIARY);
        assertThat(notifications.recent(0, 50)).filteredOn(n -> n.id() == first.id())
                .singleElement().satisfies(n -> assertThat(n.read()).isFalse());
        assertThat(notifications.markRead(first.id())).isTrue();
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void theSameEventTwiceNotifiesOnce() throws Exception {
        publish(900_002L, "ESH-2026-900002", 5);
        Eventually.until(() -> mailsAbout("ESH-2026-900002").size() == 1 && inApp("ESH-2026-900002") == 1);
        publish(900_002L, "ESH-2026-900002", 5);
        Eventually.eventsSettled(jdbc);
        assertThat(mailsAbout("ESH-2026-900002")).hasSize(1);
        assertThat(inApp("ESH-2026-900002")).isEqualTo(1);
        // The next change of the same request is a new event.
        publish(900_002L, "ESH-2026-900002", 6);
        Eventually.until(() -> mailsAbout("ESH-2026-900002").size() == 2);
    }

    @Test
    void aMailServerOutageDelaysTheMailButDoesNotLoseIt() throws Exception {
        mailSender.setPort(FreePorts.next());
        publish(900_003L, "ESH-2026-900003", 2);
        // The in-app notice does not wait for the mail server.
        Eventually.until(() -> inApp("ESH-2026-900003") == 1);
        Eventually.until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                  and serialized_event like '%900003%' and listener_id like '%mail%'""", Integer.class) == 1);
        assertThat(mailsAbout("ESH-2026-900003")).isEmpty();

        mailSender.setPort(mail().getSmtp().getPort());
        redelivery.resubmitOlderThan(Duration.ZERO);
        Eventually.until(() -> mailsAbout("ESH-2026-900003").size() == 1);
        redelivery.resubmitOlderThan(Duration.ZERO);
        Eventually.eventsSettled(jdbc);
        assertThat(mailsAbout("ESH-2026-900003")).hasSize(1);
        assertThat(inApp("ESH-2026-900003")).isEqualTo(1);
    }

    private long register(String language) {
        return accounts.register(new Registration("Sara Alotaibi", uniqueEmail("notify-" + language), "0551234567",
                "a-good-password-1", true, language));
    }

    private void publishInTransaction(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    /** Every listener has finished with the events that mention this text. */
    private void awaitAllListenersDone(String inEvent) throws InterruptedException {
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + inEvent + "%")).as("publications of the event").isPositive();
        Eventually.until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                  and serialized_event like ?""", Integer.class, "%" + inEvent + "%") == 0);
    }

    @Test
    void anEnglishSpeakerIsToldInEnglishLeftToRight() throws Exception {
        long person = register("en");
        publishInTransaction(new SupportRequestStateChanged(900_004L, "ESH-2026-900004", person,
                RequestState.IN_COMMITTEE, RequestState.REJECTED, "The service does not cover this need.", 7));
        Eventually.until(() -> mailsAbout("ESH-2026-900004").size() == 1 && inApp("ESH-2026-900004") == 1);

        MimeMessage message = mailsAbout("ESH-2026-900004").getFirst();
        assertThat(message.getSubject()).isEqualTo("Your request ESH-2026-900004: Rejected");
        assertThat(text(message)).contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("Hello Sara Alotaibi,")
                .contains("The service does not cover this need.")
                .contains("Open your request");
        java.util.Map<String, Object> notice = jdbc.queryForMap("select body, row_key from notification where title = ?",
                "Your request ESH-2026-900004: Rejected");
        assertThat((String) notice.get("body")).as("sealed at rest").startsWith("enc2:").doesNotContain("service");
        assertThat(cipher.openText((String) notice.get("body"), new org.eshraqa.portal.shared.crypto.FieldBinding(
                "notification", "body", (String) notice.get("row_key")))).isEqualTo("The service does not cover this need.");
    }

    @Test
    void aDraftIsNoNewsAndOnlyStaffMessagesAreAnnounced() throws Exception {
        long person = register("ar");
        publishInTransaction(new SupportRequestStateChanged(900_005L, "ESH-2026-900005", person,
                RequestState.NEEDS_INFO, RequestState.DRAFT, null, 4));
        // The beneficiary's own message is not news to them.
        publishInTransaction(new RequestMessagePosted(900_005L, "ESH-2026-900005", person, 800_001L, false));
        awaitAllListenersDone("ESH-2026-900005");
        assertThat(inApp("ESH-2026-900005")).isZero();
        assertThat(mailsAbout("ESH-2026-900005")).isEmpty();

        publishInTransaction(new RequestMessagePosted(900_005L, "ESH-2026-900005", person, 800_002L, true));
        Eventually.until(() -> mailsAbout("ESH-2026-900005").size() == 1 && inApp("ESH-2026-900005") == 1);
        MimeMessage message = mailsAbout("ESH-2026-900005").getFirst();
        assertThat(message.getSubject()).isEqualTo("رسالة جديدة على طلبك ESH-2026-900005");
        assertThat(text(message)).contains("افتح الطلب لقراءة الرسالة");
        assertThat(jdbc.queryForObject("select link from notification where title like ?", String.class,
                "%ESH-2026-900005%")).isEqualTo("requests/900005");

        // Delivered again, the same message is not announced twice.
        publishInTransaction(new RequestMessagePosted(900_005L, "ESH-2026-900005", person, 800_002L, true));
        awaitAllListenersDone("ESH-2026-900005");
        assertThat(mailsAbout("ESH-2026-900005")).hasSize(1);
        assertThat(inApp("ESH-2026-900005")).isEqualTo(1);
    }
}
