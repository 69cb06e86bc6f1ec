package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.AccessLogFilter;
import org.eshraqa.portal.audit.AccessLogRow;
import org.eshraqa.portal.audit.OpenedMyFile;
import org.eshraqa.portal.audit.RecordKind;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every staff opening of a request or document is logged once per visit; the administrator reads
 * and filters the log; the person sees who opened their file, by role; nobody else sees either.
 */
class AccessLogTest extends PortalTestBase {

    @Autowired SupportRequests requests;
    @Autowired AccessLog log;
    @Autowired JdbcTemplate jdbc;



    private long loggedFor(long recordId, RecordKind kind) {
        return jdbc.queryForObject("select count(*) from access_log where record_id = ? and record_kind = ?",
                Long.class, recordId, kind.name());
    }

    @Test
    void openingsAreLoggedReadByTheAdministratorAndShownToThePersonByRole() {
        signInAs(BENEFICIARY);
        long id = requests.startDraft("MEDICATION");
        requests.saveDraft(id, SupportRequestTest.APPLICANT, "أحتاج دعمًا لشراء الدواء النفسي");
        requests.addDocument(id, DocumentType.PRESCRIPTION, "وصفة.pdf", Samples.pdf());
        requests.catalogue().stream().filter(s -> s.code().equals("MEDICATION")).findFirst().orElseThrow()
                .requiredDocuments().stream().filter(type -> type != DocumentType.PRESCRIPTION)
                .forEach(type -> requests.addDocument(id, type, "scan.pdf", Samples.pdf()));
        requests.submit(id, new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"));
        String reference = jdbc.queryForObject("select reference from support_request where id = ?", String.class, id);
        // The beneficiary may already have had a draft for this service, with documents of its own.
        long documentId = jdbc.queryForObject("select max(id) from support_request_document where request_id = ?"
                + " and file_name = 'وصفة.pdf'", Long.class, id);
        // The beneficiary's own reading is not an access by the association.
        requests.findMine(id);
        requests.document(id, documentId);
        assertThat(loggedFor(id, RecordKind.SUPPORT_REQUEST) + loggedFor(documentId, RecordKind.REQUEST_DOCUMENT))
                .isZero();

        signInAs(OFFICER);
        requests.findForStaff(id);
        requests.findForStaff(id);
        requests.document(id, documentId);
        assertThat(loggedFor(id, RecordKind.SUPPORT_REQUEST)).as("one visit, however many refreshes").isOne();
        assertThat(loggedFor(documentId, RecordKind.REQUEST_DOCUMENT)).isOne();
        // Staff may not read the log.
        assertThatThrownBy(() -> log.search(AccessLogFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);

        signInAs(ADMIN);
        AccessLogFilter byRecord = new AccessLogFilter(null, reference, null, null, null);
        assertThat(log.search(byRecord, 0, 10)).hasSize(2).allSatisfy(row -> {
            assertThat(row.staffName()).isEqualTo("ريم خالد الشهري");
            assertThat(row.staffRole()).isEqualTo(Role.RELATIONS_OFFICER);
        });
        assertThat(log.search(new AccessLogFilter("ريم", reference, RecordKind.REQUEST_DOCUMENT, null, null), 0, 10))
                .singleElement().extracting(AccessLogRow::recordLabel).asString().contains("وصفة.pdf");
        LocalDate today = LocalDate.now(PortalDates.ZONE);
        assertThat(log.count(new AccessLogFilter(null, reference, null, today, today))).isEqualTo(2);
        assertThat(log.count(new AccessLogFilter(null, reference, null, today.plusDays(1), null))).isZero();
        // A wildcard typed in the search is a character, not "everything".
        assertThat(log.count(new AccessLogFilter("%", null, null, null, null))).isZero();

        signInAs(BENEFICIARY);
        assertThat(log.openedMyFile(0, 50)).filteredOn(o -> o.recordLabel().startsWith(reference)).hasSize(2)
                .allSatisfy(o -> {
                    assertThat(o.staffRole()).isEqualTo(Role.RELATIONS_OFFICER);
                    assertThat(o.staffName()).as("names are not shown by default").isNull();
                });

        signInAs("volunteer@demo.eshraqa.org.sa");
        assertThat(log.openedMyFile(0, 50)).extracting(OpenedMyFile::recordLabel)
                .noneMatch(label -> label.startsWith(reference));
        assertThatThrownBy(() -> log.count(AccessLogFilter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
