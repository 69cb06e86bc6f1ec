package org.eshraqa.portal.audit;

import org.eshraqa.portal.shared.privacy.DataArchive;
import org.eshraqa.portal.shared.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who opened a person's file, under their data rights. The access log is the association's
 * security trail, so an erasure keeps who opened what kind of record and when, and removes only
 * the labels, which may name the person or their documents.
 */
@Component
class AccessLogPersonalData implements PersonalDataHolder {

    private final AccessLog log;
    private final JdbcClient jdbc;

    AccessLogPersonalData(AccessLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "access";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, DataArchive archive) {
        archive.json("who-opened-my-file", log.openedFileOf(accountId));
    }

    @Override
    @Transactional
    public int erase(long accountId) {
        return jdbc.sql("""
                        update access_log set record_label = concat(record_kind, ' #', record_id)
                        where subject_account_id = :account
                        """).param("account", accountId).update();
    }
}
