package org.eshraqa.portal.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.shared.crypto.SealedFields;
import org.eshraqa.portal.shared.privacy.DataArchive;
import org.eshraqa.portal.shared.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages on a person's mobile under the PDPL: their copy lists what was sent to them and
 * what they sent (without survey links, which are secrets of the surveys module); erasure removes
 * both, and the opt-out of their number; messages older than the retention period go.
 */
@Component
class MessagingPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    MessagingPersonalData(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "messages";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, DataArchive archive) {
        archive.json("sent-to-you", jdbc.sql("""
                        select channel, purpose, template_name, status, segments, created_at, status_at
                        from outbound_message where account_id = :account order by id
                        """).param("account", accountId).query().listOfRows());
        archive.json("from-you", jdbc.sql("""
                        select channel, kind, body, media_file_name, received_at, row_key
                        from inbound_message where account_id = :account order by id
                        """).param("account", accountId).query().listOfRows().stream().map(row -> {
                    Map<String, Object> copy = new LinkedHashMap<>(row);
                    String key = String.valueOf(copy.remove("row_key"));
                    copy.put("body", SealedFields.open("inbound_message", "body", key, (String) row.get("body")));
                    return copy;
                }).toList());
    }

    /** Runs before the account itself is erased, while its mobile is still known. */
    @Override
    @Transactional
    public int erase(long accountId) {
        int records = jdbc.sql("delete from outbound_message where account_id = :account").param("account", accountId)
                .update();
        records += jdbc.sql("delete from inbound_message where account_id = :account").param("account", accountId)
                .update();
        records += accounts.summaryOf(accountId).map(AccountSummary::mobile).map(mobile ->
                jdbc.sql("delete from messaging_opt_out where mobile = :mobile").param("mobile", mobile).update())
                .orElse(0);
        return records;
    }

    /** Messages in and out older than the retention period go, whoever they were with. */
    @Override
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        jdbc.sql("delete from outbound_message where created_at < :cutoff").param("cutoff", at).update();
        jdbc.sql("delete from inbound_message where received_at < :cutoff").param("cutoff", at).update();
        return 0;
    }
}
