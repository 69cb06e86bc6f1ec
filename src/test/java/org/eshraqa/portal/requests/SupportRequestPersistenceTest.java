package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** The aggregate on the embedded MariaDB: the audit trail is stored, and concurrent edits never overwrite. */
class SupportRequestPersistenceTest extends PortalTestBase {

    @Autowired SupportRequestRepository requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private long beneficiaryId() {
        return accountId(BENEFICIARY);
    }

    private SupportRequest submittedRequest() {
        long owner = beneficiaryId();
        SupportRequest request = new SupportRequest(owner, "PSY_CONSULTATION", SupportRequestTest.APPLICANT,
                Instant.now());
        request.describeNeed(new Actor(owner, Set.of(Role.BENEFICIARY)), "أحتاج استشارة نفسية");
        request.submit(new Actor(owner, Set.of(Role.BENEFICIARY)),
                new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"), "b".repeat(64),
                "T-" + System.nanoTime() % 1_000_000_000L, Instant.now(), 14);
        return requests.save(request);
    }

    private long officerId() {
        return jdbc.queryForObject("select id from account where email = 'officer@demo.eshraqa.org.sa'", Long.class);
    }

    private SupportRequest load(long id) {
        return transactions.execute(tx -> {
            SupportRequest request = requests.findById(id).orElseThrow();
            request.audit();
            return request;
        });
    }

    @Test
    void theAuditTrailIsStoredWithTheRequest() {
        long id = submittedRequest().id();
        transactions.executeWithoutResult(tx -> {
            SupportRequest request = requests.findById(id).orElseThrow();
            request.takeIntoVerification(new Actor(officerId(), Set.of(Role.RELATIONS_OFFICER)), Instant.now());
        });

        assertThat(jdbc.queryForList("select to_state from support_request_audit where request_id = ? order by position",
                String.class, id)).containsExactly("SUBMITTED", "IN_VERIFICATION");
        assertThat(jdbc.queryForObject("select state from support_request where id = ?", String.class, id))
                .isEqualTo("IN_VERIFICATION");
    }

    @Test
    void twoStaffChangingOneRequestAtOnceCannotOverwriteEachOther() {
        long id = submittedRequest().id();
        // Two officers open the same request: each holds its own copy, read in its own transaction.
        SupportRequest first = load(id);
        SupportRequest second = load(id);

        first.takeIntoVerification(new Actor(officerId(), Set.of(Role.RELATIONS_OFFICER)), Instant.now());
        requests.save(first);
        second.takeIntoVerification(new Actor(officerId(), Set.of(Role.RELATIONS_OFFICER)), Instant.now());

        assertThatThrownBy(() -> requests.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select count(*) from support_request_audit where request_id = ?",
                Integer.class, id)).isEqualTo(2);
    }
}
