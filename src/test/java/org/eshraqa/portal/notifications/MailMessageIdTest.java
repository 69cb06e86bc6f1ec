package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mail sent again because the node that sent it died before its copy was committed (the
 * cluster's at-least-once delivery) carries the same Message-ID as the first, so mail stores and
 * clients show it once; while the copy exists it is not sent again at all.
 */
class MailMessageIdTest extends PortalTestBase {

    @Autowired Mailer mailer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMailSentAgainAfterALostCopyHasTheSameMessageIdAndOneWithItsCopyIsNotSentAgain() throws Exception {
        String email = newAccount("منيرة سعد العنزي", Role.BENEFICIARY);
        long account = accountId(email);
        String key = "drill-check:" + UUID.randomUUID();

        mailer.send(account, email, "Subject", "<p>Text</p>", Locale.ENGLISH, key);
        jdbc.update("delete from sent_mail where dedupe_key = ?", key);   // the copy that was never committed
        mailer.send(account, email, "Subject", "<p>Text</p>", Locale.ENGLISH, key);
        mailer.send(account, email, "Subject", "<p>Text</p>", Locale.ENGLISH, key);   // copy present: nothing

        List<MimeMessage> mails = awaitMails(email, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails).extracting(MimeMessage::getMessageID)
                .containsOnly("<" + Mailer.messageId(key) + "@eshraqa.org.sa>");
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where dedupe_key = ?", Integer.class, key)).isOne();
    }
}
