package org.eshraqa.portal.notifications;

import org.eshraqa.portal.shared.crypto.SealedFields;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.shared.privacy.DataArchive;
import org.eshraqa.portal.shared.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The notices shown to a person and the mail sent to them, under their data rights. */
@Component
class NotificationPersonalData implements PersonalDataHolder {

    private final Accounts accounts;
    private final JdbcClient jdbc;

    NotificationPersonalData(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, DataArchive archive) {
        archive.json("notices", jdbc.sql("""
                        select title, body, link, created_at, read_at, row_key from notification
                        where recipient_account_id = :account order by id
                        """).param("account", accountId).query().listOfRows().stream().map(row -> {
                    java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
                    String key = String.valueOf(copy.remove("row_key"));
                    copy.put("body", SealedFields.open("notification", "body", key, (String) row.get("body")));
                    return copy;
                }).toList());
        archive.json("mail", accounts.summaryOf(accountId).map(AccountSummary::email).map(email -> jdbc.sql("""
                        select kind, subject, created_at from sent_mail
                        where recipient_account_id = :account or recipient = :email order by id
                        """).param("account", accountId).param("email", email).query().listOfRows())
                .orElse(List.of()));
    }

    /** Runs before the account itself is erased, while its address is still known. */
    @Override
    @Transactional
    public int erase(long accountId) {
        int records = jdbc.sql("delete from notification where recipient_account_id = :account")
                .param("account", accountId).update();
        records += jdbc.sql("delete from sent_mail where recipient_account_id = :account")
                .param("account", accountId).update();
        records += accounts.summaryOf(accountId).map(AccountSummary::email).map(email ->
                jdbc.sql("delete from sent_mail where recipient = :email").param("email", email).update()).orElse(0);
        return records;
    }

    /** Notices and the copies of mail older than the retention period go. */
    @Override
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        jdbc.sql("delete from notification where created_at < :cutoff").param("cutoff", at).update();
        jdbc.sql("delete from sent_mail where created_at < :cutoff").param("cutoff", at).update();
        return 0;
    }
}
