package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.crypto.SealedFields;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eshraqa.portal.shared.privacy.DataArchive;
import org.eshraqa.portal.shared.privacy.PersonalDataHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's questions and the contacts staff logged with them, under their data rights. An
 * anonymised inquiry keeps its channel, state and dates (the service figures) and loses the
 * subject, the name and every message.
 */
@Component
class InquiryPersonalData implements PersonalDataHolder {

    private final InquiryRepository inquiries;
    private final JdbcClient jdbc;
    private final Clock clock;

    InquiryPersonalData(InquiryRepository inquiries, JdbcClient jdbc, Clock clock) {
        this.inquiries = inquiries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "inquiries";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, DataArchive archive) {
        archive.json("questions", inquiries.findByAskerAccountIdOrderByIdDesc(accountId, Pageable.unpaged()).stream()
                .map(Inquiry::thread).toList());
        archive.json("contacts", jdbc.sql("""
                        select channel, logged_at, topic, outcome, follow_up_on, follow_up_done_at, row_key
                        from contact_log where person_account_id = :account order by id
                        """)
                .param("account", accountId).query().listOfRows().stream().map(row -> {
                    java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
                    String key = String.valueOf(copy.remove("row_key"));
                    copy.put("outcome", SealedFields.open("contact_log", "outcome", key, (String) row.get("outcome")));
                    return copy;
                }).toList());
    }

    @Override
    @Transactional
    public int erase(long accountId) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = jdbc.sql("select id from inquiry where asker_account_id = :account")
                .param("account", accountId).query(Long.class).list();
        int records = 0;
        if (!ids.isEmpty()) {
            jdbc.sql("update inquiry set state = 'CLOSED', closed_at = :now where id in (:ids) and state <> 'CLOSED'")
                    .param("ids", ids).param("now", now).update();
            records += anonymise(ids, now);
        }
        records += jdbc.sql("""
                        update contact_log set person_name = '', person_mobile = null, topic = '', outcome = '',
                                               follow_up_note = null, version = version + 1
                        where person_account_id = :account
                        """)
                .param("account", accountId).update();
        return records;
    }

    @Override
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        List<Long> ids = jdbc.sql("""
                        select id from inquiry
                        where anonymised_at is null and state in ('CLOSED', 'ANSWERED') and last_activity_at < :cutoff
                        limit 1000
                        """)
                .param("cutoff", at).query(Long.class).list();
        int files = ids.isEmpty() ? 0 : anonymise(ids, Timestamp.from(clock.instant()));
        files += jdbc.sql("""
                        update contact_log set person_name = '', person_mobile = null, topic = '', outcome = '',
                                               follow_up_note = null, version = version + 1
                        where logged_at < :cutoff and person_name <> ''
                          and (follow_up_on is null or follow_up_done_at is not null)
                        """)
                .param("cutoff", at).update();
        return files;
    }

    private int anonymise(List<Long> ids, Timestamp now) {
        jdbc.sql("delete from inquiry_message where inquiry_id in (:ids)").param("ids", ids).update();
        jdbc.sql("update inquiry_history set note = null where inquiry_id in (:ids)").param("ids", ids).update();
        return jdbc.sql("""
                        update inquiry set subject = '', asker_name = '', anonymised_at = :now, version = version + 1
                        where id in (:ids)
                        """)
                .param("ids", ids).param("now", now).update();
    }
}
