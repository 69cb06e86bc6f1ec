package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.crypto.SealedFields;
import org.eshraqa.portal.shared.crypto.UnreadableValueException;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone with write access to the database copies one person's sealed text into another
 * person's row (or another column of the same row). The value is bound to table, column and row,
 * so reading it fails: nobody is shown the first person's text on the second person's page, and
 * the failure is logged with its place and without any content.
 */
class SealedFieldsBindingTest extends PortalTestBase {

    private static final String NEED_A = "أعاني من نوبات هلع منذ الحادث ولا أنام";
    private static final String NEED_B = "أحتاج جلسات لابني المصاب بالتوحد";
    private static final String ASKED_A = "أرفقي تقرير الطبيب النفسي عن نوبات الهلع";
    private static final String MESSAGE_A = "هل ما زلتِ تتناولين دواء الاكتئاب؟";

    @Autowired SupportRequests requests;
    @Autowired JdbcClient jdbc;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger sealedLog;

    @BeforeEach
    void captureLog() {
        sealedLog = (Logger) LoggerFactory.getLogger(SealedFields.class);
        log.start();
        sealedLog.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        sealedLog.detachAppender(log);
    }

    private long version(long id) {
        return jdbc.sql("select version from support_request where id = ?").param(id).query(Long.class).single();
    }

    /** A fresh beneficiary's submitted request, taken into verification with a message and a request for information. */
    private String owner;

    private long requestOf(String name, String need, String asked, String message) {
        owner = newAccount(name, Role.BENEFICIARY);
        signInAs(owner);
        long id = requests.startDraft("THERAPY_SESSIONS");
        var a = SupportRequestTest.APPLICANT;
        assertThat(requests.saveDraft(id, new Applicant(name, "Person", a.nationalId(), a.birthDate(), a.birthCalendar(),
                a.gender(), a.nationality(), a.maritalStatus(), a.region(), a.city(), "0512345678", a.email(),
                a.householdMembers(), a.incomeBand(), a.employment()), need)).isEmpty();
        for (ServiceOffer offer : requests.catalogue()) {
            if (offer.code().equals("THERAPY_SESSIONS")) {
                offer.requiredDocuments().forEach(type -> requests.addDocument(id, type, "scan.pdf", Samples.pdf()));
            }
        }
        requests.submit(id, new Declaration(true, true, name, "2026-11"));
        signInAs(OFFICER);
        requests.takeIntoVerification(id, version(id));
        requests.postMessage(id, message);
        requests.requestInformation(id, version(id), asked, Set.of(FormSection.DOCUMENTS));
        return id;
    }

    private void assertRefusedWithoutShowing(Runnable read, String secret, String place) {
        log.list.clear();
        assertThatThrownBy(read::run).isInstanceOf(UnreadableValueException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(place).doesNotContain(secret));
        assertThat(log.list).as("the failure is logged").anySatisfy(event ->
                assertThat(event.getFormattedMessage()).contains(place));
        assertThat(log.list).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(secret));
    }

    @Test
    void aValueCopiedIntoAnotherPersonsRowOrAnotherColumnIsRefusedNotShown() {
        long a = requestOf("سلمى فهد العتيبي", NEED_A, ASKED_A, MESSAGE_A);
        long b = requestOf("هند صالح الدوسري", NEED_B, "أرفقي صورة الهوية", "شكرًا على الانتظار");
        String ownerB = owner;
        signInAs(OFFICER);
        assertThat(requests.findForStaff(b).orElseThrow().mirror().needDescription()).isEqualTo(NEED_B);

        // Each sealed place of request A copied into the same place of request B, by SQL.
        List<String> columns = List.of("need_description", "information_requested");
        for (String column : columns) {
            String original = jdbc.sql("select " + column + " from support_request where id = ?").param(b)
                    .query(String.class).single();
            jdbc.sql("update support_request set " + column + " = (select " + column + " from (select " + column
                    + " from support_request where id = ?) x) where id = ?").param(a).param(b).update();
            signInAs(OFFICER);
            assertRefusedWithoutShowing(() -> requests.findForStaff(b), column.equals("need_description") ? NEED_A : ASKED_A,
                    "support_request." + column);
            // Nor on B's own page.
            signInAs(ownerB);
            assertRefusedWithoutShowing(() -> requests.findMine(b), "هلع", "support_request." + column);
            jdbc.sql("update support_request set " + column + " = ? where id = ?").param(original).param(b).update();
        }

        // The audit note of the request for information, the message, and the document's bytes.
        String audit = "select note from support_request_audit where request_id = ? and to_state = 'NEEDS_INFO'";
        String ownAudit = jdbc.sql(audit).param(b).query(String.class).single();
        jdbc.sql("update support_request_audit set note = ? where request_id = ? and to_state = 'NEEDS_INFO'")
                .param(jdbc.sql(audit).param(a).query(String.class).single()).param(b).update();
        signInAs(OFFICER);
        assertRefusedWithoutShowing(() -> requests.findForStaff(b), ASKED_A, "support_request_audit.note");
        jdbc.sql("update support_request_audit set note = ? where request_id = ? and to_state = 'NEEDS_INFO'")
                .param(ownAudit).param(b).update();

        String message = "select body from support_request_message where request_id = ?";
        String ownMessage = jdbc.sql(message).param(b).query(String.class).single();
        jdbc.sql("update support_request_message set body = ? where request_id = ?")
                .param(jdbc.sql(message).param(a).query(String.class).single()).param(b).update();
        assertRefusedWithoutShowing(() -> requests.findForStaff(b), MESSAGE_A, "support_request_message.body");
        jdbc.sql("update support_request_message set body = ? where request_id = ?").param(ownMessage).param(b).update();

        String documents = "select min(id) from support_request_document where request_id = ?";
        long documentA = jdbc.sql(documents).param(a).query(Long.class).single();
        long documentB = jdbc.sql(documents).param(b).query(Long.class).single();
        byte[] ownBytes = jdbc.sql("select content from support_request_document_content where document_id = ?")
                .param(documentB).query(byte[].class).single();
        jdbc.sql("update support_request_document_content set content = (select content from (select content from "
                + "support_request_document_content where document_id = ?) x) where document_id = ?")
                .param(documentA).param(documentB).update();
        assertRefusedWithoutShowing(() -> requests.document(b, documentB), "%PDF",
                "support_request_document_content.content");
        jdbc.sql("update support_request_document_content set content = ? where document_id = ?")
                .param(ownBytes).param(documentB).update();

        // Another column of the same row: B's need moved into B's decision reason.
        jdbc.sql("update support_request set decision_reason = need_description where id = ?").param(b).update();
        signInAs(OFFICER);
        assertRefusedWithoutShowing(() -> requests.findForStaff(b), NEED_B,
                "support_request.decision_reason");
        jdbc.sql("update support_request set decision_reason = null where id = ?").param(b).update();

        // Copying the row key along with the value is refused: a row key belongs to one row.
        assertThatThrownBy(() -> jdbc.sql("update support_request set row_key = (select row_key from (select row_key "
                + "from support_request where id = ?) x) where id = ?").param(a).param(b).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        // B's own values, put back, read whole again.
        signInAs(OFFICER);
        StaffRequestView restored = requests.findForStaff(b).orElseThrow();
        assertThat(restored.mirror().needDescription()).isEqualTo(NEED_B);
        assertThat(requests.document(b, documentB).content()).isEqualTo(Samples.pdf());
    }
}
