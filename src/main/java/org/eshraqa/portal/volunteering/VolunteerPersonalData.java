package org.eshraqa.portal.volunteering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.portal.shared.privacy.DataArchive;
import org.eshraqa.portal.shared.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's applications, places in opportunities, hours and certificates under their data
 * rights. Anonymising keeps the counts (states, dates, minutes) and removes identity, profile,
 * free text, messages, notes and documents; certificates of an erased person are withdrawn: their
 * code then verifies only as "issued, holder's details erased" (code and issue date are kept).
 */
@Component
class VolunteerPersonalData implements PersonalDataHolder {

    private static final String CLOSED = "'REJECTED', 'WITHDRAWN'";

    private final VolunteerApplicationRepository applications;
    private final VolunteerDocumentRepository documents;
    private final VolunteerDocumentContentRepository contents;
    private final VolunteerCertificateRepository certificates;
    private final VolunteerApplications api;
    private final JdbcClient jdbc;
    private final Clock clock;

    VolunteerPersonalData(VolunteerApplicationRepository applications, VolunteerDocumentRepository documents,
                          VolunteerDocumentContentRepository contents, VolunteerCertificateRepository certificates,
                          VolunteerApplications api, JdbcClient jdbc, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.contents = contents;
        this.certificates = certificates;
        this.api = api;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "volunteering";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, DataArchive archive) {
        List<ApplicationView> views = new ArrayList<>();
        for (VolunteerApplication application : applications.findByAccountIdOrderByIdDesc(accountId)) {
            views.add(api.view(application, null));
            String folder = application.reference() == null ? "draft-" + application.id() : application.reference();
            for (VolunteerDocument document : documents.findByApplicationIdOrderById(application.id())) {
                contents.findById(document.id()).ifPresent(c ->
                        archive.file(folder, document.info().fileName(), c.content()));
            }
        }
        archive.json("applications", views);
        archive.json("opportunities", jdbc.sql("""
                        select o.title, o.starts_at, o.ends_at, e.state, e.applied_at, e.attendance, e.logged_minutes,
                               e.logged_note, e.confirmed_minutes, e.confirmed_at, e.row_key
                        from opportunity_enrolment e join opportunity o on o.id = e.opportunity_id
                        where e.account_id = :account order by e.id
                        """)
                .param("account", accountId).query().listOfRows().stream()
                .map(row -> opened(row, "opportunity_enrolment", "logged_note")).toList());
        archive.json("certificates", certificates.findByAccountIdOrderByIdDesc(accountId).stream()
                .map(VolunteerCertificate::view).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> reasonsToKeep(long accountId) {
        List<String> reasons = new ArrayList<>();
        for (VolunteerApplication application : applications.findByAccountIdOrderByIdDesc(accountId)) {
            switch (application.state()) {
                case SUBMITTED, IN_REVIEW, INTERVIEW -> reasons.add("erasure.keep.openApplication");
                case ACCEPTED, ACTIVE -> reasons.add("erasure.keep.activeVolunteer");
                default -> {
                    // a draft or a closed application may go
                }
            }
        }
        if (!certificates.findByAccountIdOrderByIdDesc(accountId).isEmpty()) {
            reasons.add("erasure.keep.certificates");
        }
        return reasons.stream().distinct().toList();
    }

    @Override
    @Transactional
    public int erase(long accountId) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = jdbc.sql("select id from volunteer_application where account_id = :account")
                .param("account", accountId).query(Long.class).list();
        int records = 0;
        List<Long> open = ids.isEmpty() ? List.of() : jdbc.sql(
                        "select id from volunteer_application where id in (:ids) and state not in ('DRAFT', " + CLOSED + ")")
                .param("ids", ids).query(Long.class).list();
        for (Long id : open) {
            jdbc.sql("""
                            insert into volunteer_application_audit (application_id, position, occurred_at,
                                                                     actor_account_id, from_state, to_state)
                            select id, (select coalesce(max(position), -1) + 1 from volunteer_application_audit
                                        where application_id = :id), :now, null, state, 'WITHDRAWN'
                            from volunteer_application where id = :id
                            """)
                    .param("id", id).param("now", now).update();
            jdbc.sql("update volunteer_application set state = 'WITHDRAWN', decided_at = :now where id = :id")
                    .param("id", id).param("now", now).update();
        }
        if (!ids.isEmpty()) {
            records += anonymise(ids, now);
        }
        // Places not yet used are given back, so the seats go to someone else.
        jdbc.sql("""
                        update opportunity o join opportunity_enrolment e on e.opportunity_id = o.id
                        set o.seats_taken = greatest(0, o.seats_taken - 1), o.version = o.version + 1
                        where e.account_id = :account and e.state in ('APPLIED', 'ACCEPTED') and o.starts_at > :now
                        """)
                .param("account", accountId).param("now", now).update();
        jdbc.sql("""
                        update opportunity_enrolment e join opportunity o on o.id = e.opportunity_id
                        set e.state = 'WITHDRAWN'
                        where e.account_id = :account and e.state in ('APPLIED', 'ACCEPTED') and o.starts_at > :now
                        """)
                .param("account", accountId).param("now", now).update();
        records += jdbc.sql("""
                        update opportunity_enrolment set volunteer_name = '', logged_note = null, version = version + 1
                        where account_id = :account
                        """)
                .param("account", accountId).update();
        jdbc.sql("""
                        insert ignore into volunteer_certificate_erased (code, issued_at, erased_at)
                        select code, issued_at, :now from volunteer_certificate where account_id = :account
                        """)
                .param("account", accountId).param("now", now).update();
        records += jdbc.sql("delete from volunteer_certificate where account_id = :account")
                .param("account", accountId).update();
        return records;
    }

    @Override
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        List<Long> ids = jdbc.sql("""
                        select a.id from volunteer_application a
                        where a.anonymised_at is null
                          and ((a.state in (%s) and coalesce(a.decided_at, a.created_at) < :cutoff)
                               or (a.state = 'DRAFT' and a.created_at < :cutoff))
                        limit 1000
                        """.formatted(CLOSED))
                .param("cutoff", Timestamp.from(cutoff)).query(Long.class).list();
        return ids.isEmpty() ? 0 : anonymise(ids, Timestamp.from(clock.instant()));
    }

    private int anonymise(List<Long> ids, Timestamp now) {
        jdbc.sql("delete from volunteer_document_content where document_id in "
                + "(select id from volunteer_document where application_id in (:ids))").param("ids", ids).update();
        jdbc.sql("delete from volunteer_document where application_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from volunteer_message where application_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from volunteer_note where application_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from volunteer_licence where application_id in (:ids)").param("ids", ids).update();
        jdbc.sql("update volunteer_application_audit set note = null, internal_note = null where application_id in (:ids)")
                .param("ids", ids).update();
        return jdbc.sql("""
                        update volunteer_application set
                            full_name = null, national_id = null, birth_date = null, gender = null, city = null,
                            mobile = null, email = null, field_of_study = null, experience = null, motivation = null,
                            interview_location = null, decision_reason = null, anonymised_at = :now,
                            version = version + 1
                        where id in (:ids)
                        """)
                .param("ids", ids).param("now", now).update();
    }

    /** The row with its sealed column opened and its row key left out. */
    static java.util.Map<String, Object> opened(java.util.Map<String, Object> row, String table, String column) {
        java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        Object key = copy.remove("row_key");
        Object stored = copy.get(column);
        if (stored != null) {
            copy.put(column, org.eshraqa.portal.shared.crypto.SealedFields.open(table, column, String.valueOf(key),
                    stored.toString()));
        }
        return copy;
    }
}
