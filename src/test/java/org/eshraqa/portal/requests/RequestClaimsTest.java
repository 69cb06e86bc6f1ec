package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.shared.Digits;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.eshraqa.testsupport.RecordingSms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Claiming a request recorded on someone's behalf (P-8). The attack: a relative or ex-partner who
 * knows the person's national ID and mobile number registers with that mobile (nobody verifies it)
 * and claims the request, to read the need, the documents and the messages.
 */
class RequestClaimsTest extends PortalTestBase {

    @Autowired SupportRequests requests;
    @Autowired RequestClaims claims;
    @Autowired Accounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired RecordingSms sms;

    private ClaimFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClaimFixture(requests, accounts, jdbc, users, sms);
    }

    /** The claim steps of the request's audit trail, in the order they were written. */
    private List<ClaimStep> steps(long requestId) {
        return jdbc.queryForList("select claim_step from support_request_audit where request_id = ? and claim_step"
                + " is not null order by position", String.class, requestId).stream().map(ClaimStep::valueOf).toList();
    }

    private void cannotReach(ClaimFixture.Recorded request) {
        assertThat(requests.mine()).extracting(RequestSummary::id).doesNotContain(request.id());
        assertThat(requests.findMine(request.id())).isEmpty();
        assertThatThrownBy(() -> requests.document(request.id(), request.documentId()))
                .isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.postMessage(request.id(), "مرحبا")).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.withdraw(request.id(), 0)).isInstanceOf(RequestNotFound.class);
    }

    @Test
    void aStrangerWhoKnowsTheIdAndMobileButNotTheCodeLinksAndReadsNothing() {
        var request = fixture.recordFor("هيا سعد العتيبي");
        // The stranger registers with the person's mobile and types it in every way people write it.
        String stranger = fixture.register("قريب يعرف الرقم", request.mobile(), "ar");
        signInAs(stranger);
        List<String[]> variants = List.of(
                new String[] {request.nationalId(), request.mobile()},
                new String[] {request.nationalId(), request.localMobile()},
                new String[] {" " + request.nationalId() + " ", "00966" + request.mobile().substring(4)},
                new String[] {toArabicIndic(request.nationalId()), toArabicIndic(request.localMobile())});
        for (String[] typed : variants) {
            claims.start(typed[0], typed[1]);
            cannotReach(request);
            assertThat(claims.enterCode(ClaimFixture.otherThan(fixture.lastCodeTo(request.mobile())))).isZero();
            cannotReach(request);
            signInAs(stranger);
        }
        // The code goes to the mobile recorded on the request only, once per start, three an hour.
        assertThat(fixture.smsTo(request.mobile())).hasSize(3)
                .allSatisfy(s -> assertThat(s.text()).contains("لا تعطه لأحد").contains("Never share it"));
        assertThat(sms.all()).filteredOn(s -> s.key().startsWith("claim-code:")
                && s.text().contains(fixture.lastCodeTo(request.mobile())))
                .extracting(RecordingSms.Sent::mobile).containsOnly(request.mobile());
        signInAs(OFFICER);
        assertThat(requests.findForStaff(request.id()).orElseThrow().claimed()).isFalse();
    }

    @Test
    void theRightCodeLinksTheRequestOnceAndTheCodeIsUsedUp() {
        var request = fixture.recordFor("منى خالد الحربي");
        String person = fixture.register("منى خالد الحربي", request.mobile(), "ar");
        signInAs(person);
        claims.start(request.nationalId(), request.localMobile());
        String code = fixture.lastCodeTo(request.mobile());
        assertThat(fixture.smsTo(request.mobile())).singleElement()
                .satisfies(s -> assertThat(s.text()).contains(code));
        assertThat(jdbc.queryForList("select code_hash from request_claim where request_id = ?", String.class,
                request.id())).singleElement().satisfies(hash -> assertThat(hash).hasSize(64).doesNotContain(code));

        assertThat(claims.enterCode(toArabicIndic(code))).isEqualTo(1);
        var mine = requests.findMine(request.id()).orElseThrow();
        assertThat(requests.document(request.id(), request.documentId()).content()).isNotEmpty();
        assertThat(mine.messages()).hasSize(1);
        // The beneficiary reads one "linked" line, not the steps of the claim.
        assertThat(mine.timeline()).filteredOn(TimelineEntry::isClaim).hasSize(1);
        assertThat(claims.enterCode(code)).as("single use").isZero();

        String other = fixture.register("آخر", request.mobile(), "ar");
        signInAs(other);
        assertThat(claims.enterCode(code)).isZero();
        claims.start(request.nationalId(), request.mobile());
        assertThat(fixture.smsTo(request.mobile())).as("a linked request is not claimed again").hasSize(1);
        cannotReach(request);

        assertThat(steps(request.id())).containsExactly(ClaimStep.STARTED, ClaimStep.CODE_SENT, ClaimStep.LINKED);
    }

    @Test
    void aCodeEnteredWrongThreeTimesIsVoidAndANewCodeVoidsTheOldOne() {
        var request = fixture.recordFor("ريم فهد الشمري");
        String person = fixture.register("ريم فهد الشمري", ClaimFixture.newMobile(), "ar");
        signInAs(person);
        claims.start(request.nationalId(), request.mobile());
        String code = fixture.lastCodeTo(request.mobile());
        for (int i = 0; i < 3; i++) {
            assertThat(claims.enterCode(ClaimFixture.otherThan(code))).isZero();
        }
        assertThat(claims.enterCode(code)).as("void after three wrong tries").isZero();
        assertThat(requests.findMine(request.id())).isEmpty();

        claims.start(request.nationalId(), request.mobile());
        String first = fixture.lastCodeTo(request.mobile());
        claims.start(request.nationalId(), request.mobile());
        String second = fixture.lastCodeTo(request.mobile());
        if (!first.equals(second)) {
            assertThat(claims.enterCode(first)).as("only the newest code works").isZero();
        }
        assertThat(claims.enterCode(second)).isEqualTo(1);

        assertThat(steps(request.id())).containsSubsequence(ClaimStep.STARTED, ClaimStep.CODE_SENT,
                ClaimStep.WRONG_CODE, ClaimStep.WRONG_CODE, ClaimStep.WRONG_CODE, ClaimStep.CODE_VOID,
                ClaimStep.STARTED, ClaimStep.CODE_SENT, ClaimStep.LINKED);
    }

    @Test
    void anExpiredCodeFails() {
        var request = fixture.recordFor("سارة علي الدوسري");
        String person = fixture.register("سارة علي الدوسري", request.mobile(), "en");
        signInAs(person);
        claims.start(request.nationalId(), request.mobile());
        String code = fixture.lastCodeTo(request.mobile());
        jdbc.update("update request_claim set code_expires_at = ? where request_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), request.id());
        assertThat(claims.enterCode(code)).isZero();
        assertThat(requests.findMine(request.id())).isEmpty();
        assertThat(claims.codeValidFor()).isEqualTo(java.time.Duration.ofMinutes(10));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheIdAndMobileMatch() {
        var request = fixture.recordFor("نوف عبدالعزيز");
        String prober = fixture.register("باحث عن أرقام", ClaimFixture.newMobile(), "ar");
        signInAs(prober);
        String otherMobile = ClaimFixture.newMobile();
        // Right ID with another mobile, another ID with the right mobile, neither: no error, no SMS anywhere.
        claims.start(request.nationalId(), otherMobile);
        claims.start(ClaimFixture.newNationalId(), request.mobile());
        claims.start(ClaimFixture.newNationalId(), otherMobile);
        claims.askOfficer();
        assertThat(fixture.smsTo(otherMobile)).isEmpty();
        assertThat(fixture.smsTo(request.mobile())).isEmpty();
        assertThat(claims.enterCode("123456")).isZero();
        assertThatThrownBy(() -> claims.start("123", "0500")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("nationalId", "applicant.nationalId.invalid")
                        .containsEntry("mobile", "validation.mobile"));
        assertThatThrownBy(() -> claims.enterCode("12a")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("code", "claim.code.format"));
        signInAs(OFFICER);
        assertThat(claims.waiting(request.id())).isEmpty();
        assertThat(steps(request.id())).isEmpty();
    }

    @Test
    void startingClaimsAndEnteringCodesIsLimitedPerAccount() {
        String prober = fixture.register("يجرب كثيرًا", ClaimFixture.newMobile(), "ar");
        signInAs(prober);
        for (int i = 0; i < 5; i++) {
            claims.start(ClaimFixture.newNationalId(), ClaimFixture.newMobile());
        }
        assertThatThrownBy(() -> claims.start(ClaimFixture.newNationalId(), ClaimFixture.newMobile()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("nationalId", "claim.tooMany"));
        for (int i = 0; i < 10; i++) {
            assertThat(claims.enterCode(String.format("%06d", i))).isZero();
        }
        assertThatThrownBy(() -> claims.enterCode("000011")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("code", "claim.tooMany"));
    }

    @Test
    void codesForOneRequestAreLimitedWhoeverAsks() {
        var request = fixture.recordFor("لمى ناصر");
        for (int i = 0; i < 5; i++) {
            signInAs(fixture.register("حساب " + i, request.mobile(), "ar"));
            claims.start(request.nationalId(), request.mobile());
        }
        assertThat(fixture.smsTo(request.mobile())).as("the recorded mobile is not flooded").hasSize(3);
        assertThat(steps(request.id())).filteredOn(s -> s == ClaimStep.CODE_LIMIT).hasSize(2);
    }

    @Test
    void anOfficerConfirmsOrRefusesAClaimSeeingBothAccounts() {
        var request = fixture.recordFor("جواهر سالم القرني");
        String changedNumber = ClaimFixture.newMobile();
        String person = fixture.register("جواهر سالم القرني", changedNumber, "ar");
        String stranger = fixture.register("شخص آخر", request.mobile(), "ar");
        signInAs(stranger);
        claims.start(request.nationalId(), request.mobile());
        claims.askOfficer();
        signInAs(person);
        claims.start(request.nationalId(), request.mobile());
        claims.askOfficer();
        assertThatThrownBy(() -> claims.waiting(request.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.confirm(request.id(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.findMine(request.id())).isEmpty();

        signInAs(OFFICER);
        var waiting = claims.waiting(request.id());
        assertThat(waiting).hasSize(2).allSatisfy(w -> {
            assertThat(w.recordedName()).isEqualTo("جواهر سالم القرني");
            assertThat(w.recordedMobile()).isEqualTo(request.mobile());
        });
        var strangers = waiting.stream().filter(w -> w.claimantEmail().equals(stranger)).findFirst().orElseThrow();
        var persons = waiting.stream().filter(w -> w.claimantEmail().equals(person)).findFirst().orElseThrow();
        assertThat(persons.claimantMobile()).isEqualTo(changedNumber);
        assertThat(persons.claimantName()).isEqualTo("جواهر سالم القرني");
        assertThat(strangers.claimantMobile()).isEqualTo(request.mobile());
        assertThat(requests.findForStaff(request.id()).orElseThrow().actions()).contains(StaffAction.CONFIRM_CLAIM);

        claims.refuse(request.id(), strangers.claimId());
        assertThatThrownBy(() -> claims.confirm(request.id(), strangers.claimId()))
                .isInstanceOfSatisfying(TransitionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("claim.gone"));
        claims.confirm(request.id(), persons.claimId());
        assertThat(claims.waiting(request.id())).isEmpty();

        signInAs(stranger);
        cannotReach(request);
        signInAs(person);
        assertThat(requests.findMine(request.id())).isPresent();
        assertThat(steps(request.id())).containsSubsequence(ClaimStep.OFFICER_ASKED, ClaimStep.OFFICER_ASKED,
                ClaimStep.REFUSED, ClaimStep.LINKED);
        signInAs(OFFICER);
        assertThat(requests.findForStaff(request.id()).orElseThrow().audit()).filteredOn(
                l -> l.claimStep() == ClaimStep.LINKED).singleElement().satisfies(l -> assertThat(l.actorName())
                .isNotEqualTo("جواهر سالم القرني"));
    }

    @Test
    void undoingAWrongClaimTakesEverythingFromThatAccountAndThePersonCanClaimAgain() {
        var request = fixture.recordFor("دانة محمد الغامدي");
        // The wrong account got the code (it holds the SIM, or an officer confirmed it by mistake).
        String wrong = fixture.register("من أخذ الشريحة", request.mobile(), "ar");
        signInAs(wrong);
        claims.start(request.nationalId(), request.mobile());
        assertThat(claims.enterCode(fixture.lastCodeTo(request.mobile()))).isEqualTo(1);
        assertThat(requests.findMine(request.id())).isPresent();

        assertThatThrownBy(() -> claims.undo(request.id(), 0, "x")).isInstanceOf(AccessDeniedException.class);
        signInAs(OFFICER);
        requests.postMessage(request.id(), "نرجو إرسال التقرير الطبي");
        long wrongId = accountId(wrong);
        Eventually.until(() -> inbox(wrongId, request.id()) == 1);
        var staff = requests.findForStaff(request.id()).orElseThrow();
        assertThat(staff.actions()).contains(StaffAction.UNDO_CLAIM).doesNotContain(StaffAction.CONFIRM_CLAIM);
        long version = staff.mirror().version();
        assertThatThrownBy(() -> claims.undo(request.id(), version, "  ")).isInstanceOfSatisfying(
                TransitionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("claim.undo.reason.required"));
        assertThatThrownBy(() -> claims.undo(request.id(), version - 1, "اتصلت صاحبة الطلب"))
                .isInstanceOf(ConcurrentChange.class);
        claims.undo(request.id(), version, "اتصلت صاحبة الطلب: الحساب ليس لها");
        assertThat(requests.findForStaff(request.id()).orElseThrow().claimed()).isFalse();

        signInAs(wrong);
        cannotReach(request);
        assertThat(claims.enterCode(fixture.lastCodeTo(request.mobile()))).isZero();
        Eventually.until(() -> inbox(wrongId, request.id()) == 0);

        String person = fixture.register("دانة محمد الغامدي", ClaimFixture.newMobile(), "ar");
        signInAs(person);
        claims.start(request.nationalId(), request.mobile());
        assertThat(claims.enterCode(fixture.lastCodeTo(request.mobile()))).isEqualTo(1);
        var mine = requests.findMine(request.id()).orElseThrow();
        assertThat(mine.timeline()).as("the undone claim is not hers to read").filteredOn(TimelineEntry::isClaim)
                .hasSize(1);

        assertThat(steps(request.id())).containsExactly(ClaimStep.STARTED, ClaimStep.CODE_SENT, ClaimStep.LINKED,
                ClaimStep.UNDONE, ClaimStep.STARTED, ClaimStep.CODE_SENT, ClaimStep.LINKED);
        signInAs(OFFICER);
        assertThat(requests.findForStaff(request.id()).orElseThrow().audit()).filteredOn(
                l -> l.claimStep() == ClaimStep.UNDONE).singleElement()
                .satisfies(l -> assertThat(l.internalNote()).contains("الحساب ليس لها"));
        // The reason is health-adjacent staff text: sealed at rest like every other audit note.
        assertThat(jdbc.queryForList("select internal_note from support_request_audit where request_id = ?"
                + " and internal_note is not null", String.class, request.id()))
                .isNotEmpty().allSatisfy(note -> assertThat(note).startsWith("enc2:").doesNotContain("ليس لها"));
    }

    private int inbox(long accountId, long requestId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_account_id = ? and link = ?",
                Integer.class, accountId, "requests/" + requestId);
    }

    private static String toArabicIndic(String latin) {
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('٠' + (c - '0')) : c);
        }
        assertThat(Digits.toLatin(out.toString())).isEqualTo(latin);
        return out.toString();
    }
}
