package org.eshraqa.portal.requests;

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
 * A beneficiary's support requests under their data rights. Anonymising a request keeps what the
 * association counts (service, channel, region, states and dates) and removes the applicant's
 * identity, the need, every free text, the messages, the internal notes and the documents.
 */
@Component
class RequestPersonalData implements PersonalDataHolder {

    private static final String OPEN = RequestState.sqlList(RequestState::isOpen);
    private static final String CLOSED = RequestState.sqlList(RequestState::isClosed);

    private final SupportRequestRepository requests;
    private final RequestDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final SupportRequests api;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DecisionDays decisionsPerDay;
    private final OpenWork openWork;

    RequestPersonalData(SupportRequestRepository requests, RequestDocumentRepository documents,
                        DocumentContentRepository contents, SupportRequests api, JdbcClient jdbc, Clock clock,
                        DecisionDays decisionsPerDay, OpenWork openWork) {
        this.clock = clock;
        this.decisionsPerDay = decisionsPerDay;
        this.openWork = openWork;
        this.requests = requests;
        this.documents = documents;
        this.contents = contents;
        this.api = api;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "requests";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, DataArchive archive) {
        List<BeneficiaryRequestView> views = new ArrayList<>();
        for (SupportRequest request : requests.findByBeneficiaryAccountIdOrderByIdDesc(accountId)) {
            views.add(api.beneficiaryView(request, null));
            String folder = request.reference() == null ? "draft-" + request.id() : request.reference();
            for (RequestDocument document : documents.findByRequestIdOrderById(request.id())) {
                contents.findById(document.id()).ifPresent(c ->
                        archive.file(folder, document.info().fileName(), c.content()));
            }
        }
        archive.json("requests", views);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> reasonsToKeep(long accountId) {
        List<String> reasons = new ArrayList<>();
        for (SupportRequest request : requests.findByBeneficiaryAccountIdOrderByIdDesc(accountId)) {
            if (request.state().isOpen()) {
                reasons.add("erasure.keep.openRequest");
            } else if (request.state() == RequestState.REGISTERED) {
                reasons.add("erasure.keep.registered");
            }
        }
        return reasons.stream().distinct().toList();
    }

    @Override
    @Transactional
    public int erase(long accountId) {
        jdbc.sql("delete from request_claim where claimant_account_id = :account").param("account", accountId).update();
        List<Long> ids = jdbc.sql("select id from support_request where beneficiary_account_id = :account")
                .param("account", accountId).query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        // A case still open is closed first, so no one keeps working a file that no longer has a person.
        List<Long> open = jdbc.sql("select id from support_request where id in (:ids) and state in " + OPEN)
                .param("ids", ids).query(Long.class).list();
        Timestamp now = Timestamp.from(clock.instant());
        // A withdrawal is counted as a decision of today: it moves any earlier decision of the request.
        decisionsPerDay.remove(open);
        openWork.leave(open);
        for (Long id : open) {
            jdbc.sql("""
                            insert into support_request_audit (request_id, position, occurred_at, actor_account_id,
                                                               from_state, to_state, note)
                            select id, (select coalesce(max(position), -1) + 1 from support_request_audit
                                        where request_id = :id), :now, null, state, 'WITHDRAWN', null
                            from support_request where id = :id
                            """)
                    .param("id", id).param("now", now).update();
            jdbc.sql("update support_request set state = 'WITHDRAWN', decided_at = :now where id = :id")
                    .param("id", id).param("now", now).update();
        }
        decisionsPerDay.add(open);
        return anonymise(ids, now);
    }

    @Override
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        List<Long> ids = jdbc.sql("""
                        select r.id from support_request r
                        where r.anonymised_at is null
                          and ((r.state in %s and coalesce(
                                  (select max(a.occurred_at) from support_request_audit a where a.request_id = r.id),
                                  r.created_at) < :cutoff)
                               or (r.state = 'DRAFT' and r.created_at < :cutoff))
                        limit 1000
                        """.formatted(CLOSED))
                .param("cutoff", Timestamp.from(cutoff)).query(Long.class).list();
        return ids.isEmpty() ? 0 : anonymise(ids, Timestamp.from(clock.instant()));
    }

    private int anonymise(List<Long> ids, Timestamp now) {
        jdbc.sql("delete from support_request_document_content where document_id in "
                + "(select id from support_request_document where request_id in (:ids))").param("ids", ids).update();
        jdbc.sql("delete from support_request_document where request_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from support_request_message where request_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from support_request_note where request_id in (:ids)").param("ids", ids).update();
        jdbc.sql("update support_request_audit set note = null, internal_note = null where request_id in (:ids)")
                .param("ids", ids).update();
        return jdbc.sql("""
                        update support_request set
                            applicant_name = null, applicant_name_latin = null, national_id = null, birth_date = null,
                            birth_calendar = null, gender = null, nationality = null, marital_status = null,
                            city = null, mobile = null, email = null, household_members = null, income_band = null,
                            employment = null, need_description = null, declaration_signature = null,
                            information_requested = null, social_study = null, decision_reason = null,
                            reopened_sections = null, anonymised_at = :now, version = version + 1
                        where id in (:ids)
                        """)
                .param("ids", ids).param("now", now).update();
    }
}
