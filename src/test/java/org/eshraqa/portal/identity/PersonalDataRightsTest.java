package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.surveys.SurveyAnswers;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * A person's rights over their data, through the same API the "my data" page calls: the archive
 * holds all of theirs and nothing of anyone else's; erasure runs at once when nothing must be
 * kept and waits for the administrator otherwise; survey figures do not move; the trail stays;
 * optional uses are honoured; the retention rule anonymises old closed files and nothing newer.
 */
class PersonalDataRightsTest extends PortalTestBase {

    @Autowired PersonalDataRights rights;
    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;
    @Autowired Surveys surveys;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired RetentionJob retentionJob;
    @Autowired Accounts accounts;

    private long version(long requestId) {
        return jdbc.queryForObject("select version from support_request where id = ?", Long.class, requestId);
    }

    private DocumentType requiredType(String service) {
        return requests.catalogue().stream().filter(s -> s.code().equals(service)).findFirst().orElseThrow()
                .requiredDocuments().iterator().next();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private byte[] archive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rights.writeMyArchive(out);
        return out.toByteArray();
    }

    @Test
    void theArchiveHoldsEverythingOfThePersonDecryptedAndNothingOfAnyoneElse() throws Exception {
        String other = newAccount("سلمى فهد الدوسري", Role.BENEFICIARY);
        signInAs(other);
        long othersRequest = requests.startDraft("AWARENESS");
        requests.saveDraft(othersRequest, Samples.applicant(),
                "نص يخص شخصًا آخر لا يظهر في نسخة غيره");

        String email = newAccount("هند ناصر العتيبي", Role.BENEFICIARY);
        signInAs(email);
        long id = requests.startDraft("FAMILY_COUNSELLING");
        requests.saveDraft(id, Samples.applicant(), "أحتاج دعمًا نفسيًا لي ولأسرتي");
        DocumentType type = requiredType("FAMILY_COUNSELLING");
        requests.addDocument(id, type, "../../etc/تقرير.pdf", Samples.pdf());
        requests.addDocument(id, type, "scan.pdf", Samples.pdf());
        requests.catalogue().stream().filter(s -> s.code().equals("FAMILY_COUNSELLING")).findFirst().orElseThrow()
                .requiredDocuments().forEach(t -> requests.addDocument(id, t, "scan.pdf", Samples.pdf()));
        requests.submit(id, new org.eshraqa.portal.requests.Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"));
        requests.postMessage(id, "متى يصلني الرد؟");
        inquiries.ask(new NewQuestion("موعد الجلسة", "هل يمكن تغيير موعد الجلسة؟", null));
        String reference = jdbc.queryForObject("select reference from support_request where id = ?", String.class, id);

        Map<String, byte[]> entries = unzip(archive());

        assertThat(entries).containsKeys("README.txt", "account/account.json", "requests/requests.json",
                "inquiries/questions.json", "volunteering/applications.json", "surveys/answers.json",
                "notifications/notices.json", "access/who-opened-my-file.json");
        assertThat(entries.keySet()).allSatisfy(name -> assertThat(name).doesNotContain("..").doesNotStartWith("/"));
        assertThat(new String(entries.get("account/account.json"), StandardCharsets.UTF_8)).contains(email)
                .contains("هند ناصر العتيبي");
        String requestsJson = new String(entries.get("requests/requests.json"), StandardCharsets.UTF_8);
        assertThat(requestsJson).as("decrypted, as the person wrote it").contains("أحتاج دعمًا نفسيًا لي ولأسرتي")
                .contains("متى يصلني الرد؟").contains(reference).doesNotContain("enc1:")
                .doesNotContain("نص يخص شخصًا آخر");
        assertThat(entries.get("requests/" + reference + "/تقرير.pdf")).as("the path in the name is dropped")
                .isEqualTo(Samples.pdf());
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("requests/" + reference + "/scan")))
                .as("same names are kept apart").contains("requests/" + reference + "/scan.pdf",
                        "requests/" + reference + "/scan-2.pdf");
        assertThat(new String(entries.get("inquiries/questions.json"), StandardCharsets.UTF_8))
                .contains("هل يمكن تغيير موعد الجلسة؟");

        SecurityContextHolder.clearContext();
        assertThatThrownBy(this::archive).as("no one signed in, no archive").isInstanceOf(Exception.class);
    }

    @Test
    void withNothingToKeepErasureRunsAtOnceTheAccountCannotSignInAndTheTrailStays() {
        String email = newAccount("ريما عادل السبيعي", Role.BENEFICIARY);
        long person = accountId(email);
        long other = accountId(newAccount("سلمى فهد العنزي", Role.BENEFICIARY));
        assertThat(accounts.summariesOf(List.of(person, other, 987654321L))).containsOnlyKeys(person, other);
        signInAs(email);
        long draft = requests.startDraft("MEDICATION");
        requests.saveDraft(draft, Samples.applicant(), "مسودة لم تُرسل");
        requests.addDocument(draft, requiredType("MEDICATION"), "scan.pdf", Samples.pdf());
        long inquiry = inquiries.ask(new NewQuestion("سؤال عام", "ما مواعيد العمل؟", null));

        assertThat(rights.requestErasure()).isEqualTo(ErasureOutcome.ERASED);

        Map<String, Object> account = jdbc.queryForMap("select * from account where id = ?", person);
        assertThat(account.get("email")).isEqualTo("erased-" + person + "@erased.invalid");
        assertThat(account.get("full_name")).isEqualTo("");
        assertThat(account.get("mobile")).isNull();
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("status")).isEqualTo("ERASED");
        assertThat(jdbc.queryForObject("select count(*) from account_role where account_id = ?", Integer.class, person))
                .isZero();
        Map<String, Object> request = jdbc.queryForMap("select * from support_request where id = ?", draft);
        assertThat(request.get("applicant_name")).isNull();
        assertThat(request.get("national_id")).isNull();
        assertThat(request.get("need_description")).isNull();
        assertThat(request.get("anonymised_at")).isNotNull();
        assertThat(request.get("service_code")).as("what is counted stays").isEqualTo("MEDICATION");
        assertThat(jdbc.queryForObject("select count(*) from support_request_document where request_id = ?",
                Integer.class, draft)).isZero();
        assertThat(jdbc.queryForObject("select subject from inquiry where id = ?", String.class, inquiry)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from inquiry_message where inquiry_id = ?", Integer.class,
                inquiry)).isZero();
        Map<String, Object> trail = jdbc.queryForMap("select * from data_erasure where account_id = ?", person);
        assertThat(trail.get("state")).isEqualTo("DONE");
        assertThat(trail.get("erased_at")).isNotNull();
        assertThat((Integer) trail.get("records_erased")).isGreaterThan(2);

        assertThatThrownBy(() -> users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
        assertThat(accounts.summariesOf(List.of(person, other))).as("an erased account has no name to show")
                .containsOnlyKeys(other);
        assertThat(accounts.summariesOf(List.of(other)).get(other).fullName()).isEqualTo("سلمى فهد العنزي");
    }

    @Test
    void anOpenCaseWaitsForTheAdministratorWhoMayRefuseWithAReasonOrApproveAndSurveyFiguresDoNotMove()
            throws Exception {
        String email = newAccount("جواهر سالم القرني", Role.BENEFICIARY);
        long person = accountId(email);
        signInAs(email);
        long closed = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", "جواهر سالم القرني");
        requests.withdraw(closed, version(closed));
        String token = awaitSurveyToken(email);
        SecurityContextHolder.clearContext();
        surveys.answer(token, surveys.open(token).template().id(),
                new SurveyAnswers(2, Map.of("SPEED", 2), 5, 3, "تأخر الرد عليّ كثيرًا", true));
        signInAs(email);
        long open = Samples.submittedRequest(requests, "AWARENESS", "جواهر سالم القرني");

        assertThat(rights.requestErasure()).isEqualTo(ErasureOutcome.AWAITING_DECISION);
        assertThat(rights.requestErasure()).as("asking twice makes no second request")
                .isEqualTo(ErasureOutcome.AWAITING_DECISION);
        assertThat(rights.mine().erasure()).get().satisfies(e -> {
            assertThat(e.state()).isEqualTo(ErasureState.PENDING);
            assertThat(e.reasons()).containsExactly("erasure.keep.openRequest");
        });
        assertThat(jdbc.queryForObject("select need_description from support_request where id = ?", String.class,
                open)).as("nothing is erased before the decision").isNotNull();
        assertThatThrownBy(() -> rights.pendingErasures()).isInstanceOf(AccessDeniedException.class);
        long erasureId = jdbc.queryForObject("select id from data_erasure where account_id = ?", Long.class, person);
        assertThatThrownBy(() -> rights.approveErasure(erasureId)).isInstanceOf(AccessDeniedException.class);

        signInAs(OFFICER);
        assertThatThrownBy(() -> rights.approveErasure(erasureId)).isInstanceOf(AccessDeniedException.class);

        signInAs(ADMIN);
        assertThat(rights.pendingErasures()).anySatisfy(row -> {
            assertThat(row.id()).isEqualTo(erasureId);
            assertThat(row.email()).isEqualTo(email);
        });
        assertThatThrownBy(() -> rights.refuseErasure(erasureId, "  ")).isInstanceOf(InvalidInputException.class);
        rights.refuseErasure(erasureId, "الطلب قيد دراسة اللجنة، نعود إليك بعد القرار.");
        assertThatThrownBy(() -> rights.approveErasure(erasureId)).as("already decided")
                .isInstanceOf(ErasureChangedMeanwhile.class);

        signInAs(email);
        assertThat(rights.mine().erasure()).get().extracting(ErasureView::state).isEqualTo(ErasureState.REFUSED);
        assertThat(rights.requestErasure()).isEqualTo(ErasureOutcome.AWAITING_DECISION);
        long second = jdbc.queryForObject("select max(id) from data_erasure where account_id = ?", Long.class, person);

        Map<String, Object> figuresBefore = surveyFigures();
        signInAs(ADMIN);
        rights.approveErasure(second);

        assertThat(jdbc.queryForObject("select state from support_request where id = ?", String.class, open))
                .as("a case still open is closed").isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from support_request where beneficiary_account_id = ? "
                + "and anonymised_at is null", Integer.class, person)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from support_request_document d join support_request r "
                + "on r.id = d.request_id where r.beneficiary_account_id = ?", Integer.class, person)).isZero();
        assertThat(surveyFigures()).as("survey figures stay as they were").isEqualTo(figuresBefore);
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                person)).as("no answer points to the person any more").isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_response where comment is not null and "
                + "invitation_id not in (select id from survey_invitation)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select status from account where id = ?", String.class, person))
                .isEqualTo("ERASED");
        assertThat(jdbc.queryForObject("select decided_by from data_erasure where id = ?", Long.class, second))
                .isEqualTo(accountId(ADMIN));
    }

    private Map<String, Object> surveyFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.putAll(jdbc.queryForMap("select count(*) responses, sum(csat) csat, sum(coalesce(nps, 0)) nps, "
                + "sum(coalesce(ces, 0)) ces from survey_response"));
        figures.put("ratings", jdbc.queryForObject("select coalesce(sum(rating), 0) from survey_response_rating",
                Long.class));
        return figures;
    }

    @Test
    void aPersonWhoStoppedSurveyInvitationsIsNotInvitedAndCanAllowThemAgain() throws Exception {
        String declined = newAccount("منيرة خالد الشمري", Role.BENEFICIARY);
        String control = newAccount("العنود فيصل الغامدي", Role.BENEFICIARY);
        signInAs(declined);
        rights.allow(OptionalUse.SURVEY_INVITATIONS, false);
        assertThat(rights.mine().optionalUses()).containsEntry(OptionalUse.SURVEY_INVITATIONS, false)
                .containsEntry(OptionalUse.SMS_UPDATES, true);
        long a = Samples.submittedRequest(requests, "AWARENESS", "منيرة خالد الشمري");
        requests.withdraw(a, version(a));
        signInAs(control);
        long b = Samples.submittedRequest(requests, "AWARENESS", "العنود فيصل الغامدي");
        requests.withdraw(b, version(b));

        long controlId = accountId(control);
        Eventually.until(() -> jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                controlId) == 1);
        // Every listener of both closings has run: the other's decision is taken.
        Eventually.eventsSettled(jdbc);
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where account_id = ?", Integer.class,
                accountId(declined))).isZero();

        signInAs(declined);
        rights.allow(OptionalUse.SURVEY_INVITATIONS, true);
        assertThat(rights.allows(accountId(declined), OptionalUse.SURVEY_INVITATIONS)).isTrue();
    }

    @Test
    void theNightlyRuleAnonymisesFilesClosedLongerThanThePeriodOnOneNodeAndLeavesRecentOnesAlone() {
        String email = newAccount("نوف إبراهيم المالكي", Role.BENEFICIARY);
        signInAs(email);
        long old = Samples.submittedRequest(requests, "AWARENESS", "نوف إبراهيم المالكي");
        requests.withdraw(old, version(old));
        long recent = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", "نوف إبراهيم المالكي");
        requests.withdraw(recent, version(recent));
        long open = Samples.submittedRequest(requests, "MEDICATION", "نوف إبراهيم المالكي");
        jdbc.update("update support_request set created_at = now() - interval 7 year where id in (?, ?)", old, open);
        jdbc.update("update support_request_audit set occurred_at = now() - interval 7 year where request_id in (?, ?)",
                old, open);
        SecurityContextHolder.clearContext();

        retentionJob.run();

        assertThat(jdbc.queryForMap("select applicant_name, need_description, anonymised_at, state from support_request"
                + " where id = ?", old)).satisfies(r -> {
            assertThat(r.get("applicant_name")).isNull();
            assertThat(r.get("need_description")).isNull();
            assertThat(r.get("anonymised_at")).isNotNull();
            assertThat(r.get("state")).isEqualTo("WITHDRAWN");
        });
        assertThat(jdbc.queryForObject("select need_description from support_request where id = ?", String.class,
                recent)).as("closed too recently").isNotNull();
        assertThat(jdbc.queryForObject("select need_description from support_request where id = ?", String.class,
                open)).as("an open case is never anonymised, however old").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'retention'", Integer.class))
                .as("the run held the cluster-wide lock").isOne();
        signInAs(email);
        assertThat(requests.findMine(old)).get().satisfies(v -> assertThat(v.needDescription()).isNull());
    }
}
