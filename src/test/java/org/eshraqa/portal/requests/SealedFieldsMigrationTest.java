package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.portal.shared.crypto.FieldCipher;
import org.eshraqa.portal.shared.crypto.V44_1__Seal_and_bind_fields;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V44_1 over rows written before it: plaintext (before encryption at rest) and unbound
 * {@code enc1:} values, rows without a row key. Afterwards every value is bound ({@code enc2:}),
 * reads back whole through the API, and a second run changes nothing.
 */
class SealedFieldsMigrationTest extends PortalTestBase {

    private static final String NEED = "أعاني من وسواس قهري يمنعني من العمل";
    private static final String ASKED = "أرفق تقرير الطبيب عن الوسواس القهري";
    private static final String MESSAGE = "هل تراجع عيادة نفسية الآن؟";
    private static final String NOTE = "ذكر أنه توقف عن الدواء الشهر الماضي";

    @Autowired SupportRequests requests;
    @Autowired JdbcClient jdbc;
    @Autowired FieldCipher cipher;
    @Autowired DataSource dataSource;

    private long version(long id) {
        return jdbc.sql("select version from support_request where id = ?").param(id).query(Long.class).single();
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V44_1__Seal_and_bind_fields(cipher).run(connection);
        }
    }

    private Map<String, Object> stored(long id) {
        return jdbc.sql("""
                select r.need_description, r.information_requested, r.row_key,
                       (select a.note from support_request_audit a where a.request_id = r.id and a.to_state = 'NEEDS_INFO') audit_note,
                       (select m.body from support_request_message m where m.request_id = r.id) message,
                       (select n.body from support_request_note n where n.request_id = r.id) note
                from support_request r where r.id = ?""").param(id).query().singleRow();
    }

    @Test
    void plaintextAndUnboundValuesAreSealedBoundOnceAndReadBackWhole() throws Exception {
        String name = "ماجد سعد الغامدي";
        signInAs(newAccount(name, Role.BENEFICIARY));
        long id = requests.startDraft("THERAPY_SESSIONS");
        var a = SupportRequestTest.APPLICANT;
        requests.saveDraft(id, new Applicant(name, "Majed", a.nationalId(), a.birthDate(), a.birthCalendar(), a.gender(),
                a.nationality(), a.maritalStatus(), a.region(), a.city(), "0512345678", a.email(), a.householdMembers(),
                a.incomeBand(), a.employment()), "مؤقت");
        for (ServiceOffer offer : requests.catalogue()) {
            if (offer.code().equals("THERAPY_SESSIONS")) {
                offer.requiredDocuments().forEach(type -> requests.addDocument(id, type, "scan.pdf", Samples.pdf()));
            }
        }
        requests.submit(id, new Declaration(true, true, name, "2026-11"));
        signInAs(OFFICER);
        requests.takeIntoVerification(id, version(id));
        requests.postMessage(id, "مؤقت");
        requests.addInternalNote(id, "مؤقت");
        requests.requestInformation(id, version(id), "مؤقت", Set.of(FormSection.DOCUMENTS));

        // As a database from before V44 holds them: no row keys; plaintext and enc1 values.
        jdbc.sql("update support_request set row_key = null, need_description = ?, information_requested = ? where id = ?")
                .param(NEED).param(cipher.encryptText(ASKED)).param(id).update();
        jdbc.sql("update support_request_audit set note = ? where request_id = ? and to_state = 'NEEDS_INFO'")
                .param(ASKED).param(id).update();
        jdbc.sql("update support_request_message set row_key = null, body = ? where request_id = ?")
                .param(cipher.encryptText(MESSAGE)).param(id).update();
        jdbc.sql("update support_request_note set body = ? where request_id = ?").param(NOTE).param(id).update();
        List<Long> documents = jdbc.sql("select id from support_request_document where request_id = ? order by id")
                .param(id).query(Long.class).list();
        jdbc.sql("update support_request_document_content set content = ? where document_id = ?")
                .param(cipher.encrypt(Samples.pdf())).param(documents.getFirst()).update();
        if (documents.size() > 1) {
            jdbc.sql("update support_request_document_content set content = ? where document_id = ?")
                    .param(Samples.pdf()).param(documents.get(1)).update();
        }

        migrate();

        Map<String, Object> sealed = stored(id);
        assertThat((String) sealed.get("row_key")).as("a row key was given").hasSize(22);
        for (String column : List.of("need_description", "information_requested", "audit_note", "message", "note")) {
            assertThat((String) sealed.get(column)).as(column).startsWith("enc2:")
                    .doesNotContain("وسواس").doesNotContain("عيادة").doesNotContain("الدواء");
        }
        for (long document : documents) {
            byte[] content = jdbc.sql("select content from support_request_document_content where document_id = ?")
                    .param(document).query(byte[].class).single();
            assertThat(new String(content, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ENC2");
        }

        // Run again (a retried start, or the same step on another copy): nothing changes.
        migrate();
        assertThat(stored(id)).isEqualTo(sealed);

        // And everything reads back whole.
        signInAs(OFFICER);
        StaffRequestView staff = requests.findForStaff(id).orElseThrow();
        assertThat(staff.mirror().needDescription()).isEqualTo(NEED);
        assertThat(staff.mirror().informationRequested()).isEqualTo(ASKED);
        assertThat(staff.audit()).extracting(StaffRequestView.AuditLine::note).contains(ASKED);
        assertThat(staff.internalNotes()).extracting(ThreadMessage::body).containsExactly(NOTE);
        assertThat(staff.mirror().messages()).extracting(ThreadMessage::body).containsExactly(MESSAGE);
        for (long document : documents) {
            assertThat(requests.document(id, document).content()).isEqualTo(Samples.pdf());
        }
    }
}
