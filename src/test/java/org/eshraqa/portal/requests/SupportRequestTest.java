package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.Region;
import org.junit.jupiter.api.Test;

/** Every transition of the lifecycle, allowed and refused, on the aggregate alone. */
class SupportRequestTest {

    @org.junit.jupiter.api.BeforeAll
    static void sealedFields() {
        org.eshraqa.portal.shared.crypto.TestSealedFields.install();
    }

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final Actor BENEFICIARY = new Actor(10, Set.of(Role.BENEFICIARY));
    private static final Actor OTHER_BENEFICIARY = new Actor(11, Set.of(Role.BENEFICIARY));
    private static final Actor OFFICER = new Actor(20, Set.of(Role.RELATIONS_OFFICER));
    private static final Actor RESEARCHER = new Actor(30, Set.of(Role.SOCIAL_RESEARCHER));
    private static final Actor COMMITTEE = new Actor(40, Set.of(Role.COMMITTEE_MEMBER));
    private static final Declaration SIGNED =
            new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11");

    static final Applicant APPLICANT = new Applicant("نورة عبدالله القحطاني", null, "1000000008",
            LocalDate.of(1995, 3, 1), Applicant.BirthCalendar.GREGORIAN, Applicant.Gender.FEMALE, "SA",
            Applicant.MaritalStatus.SINGLE, Region.RIYADH, "الرياض", "+966512345678", "noura@example.com", 4,
            Applicant.IncomeBand.UNDER_3000, Applicant.Employment.STUDENT);

    private static SupportRequest draft() {
        SupportRequest request = new SupportRequest(10, "PSY_CONSULTATION", APPLICANT, NOW);
        request.describeNeed(BENEFICIARY, "أحتاج استشارة نفسية");
        return request;
    }

    @Test
    void aRequestWithoutADescribedNeedOrAFieldCannotBeSubmitted() {
        SupportRequest request = new SupportRequest(10, "PSY_CONSULTATION", APPLICANT, NOW);
        refused(() -> request.submit(BENEFICIARY, SIGNED, "x", "R", NOW, 14), "request.need.required");
        SupportRequest incomplete = new SupportRequest(10, "PSY_CONSULTATION", new Applicant(APPLICANT.fullName(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null), NOW);
        incomplete.describeNeed(BENEFICIARY, "need");
        refused(() -> incomplete.submit(BENEFICIARY, SIGNED, "x", "R", NOW, 14), "request.form.incomplete");
        request.describeNeed(BENEFICIARY, "  ");
        refused(() -> request.submit(BENEFICIARY, SIGNED, "x", "R", NOW, 14), "request.need.required");
    }

    private static SupportRequest submitted() {
        SupportRequest request = draft();
        request.submit(BENEFICIARY, SIGNED, "a".repeat(64), "ESH-2026-000001", NOW, 14);
        return request;
    }

    private static SupportRequest inVerification() {
        SupportRequest request = submitted();
        request.takeIntoVerification(OFFICER, NOW);
        return request;
    }

    private static SupportRequest verified() {
        SupportRequest request = inVerification();
        request.recordVerification(OFFICER, true, true, true);
        return request;
    }

    private static SupportRequest inCommittee() {
        SupportRequest request = verified();
        request.sendToCommittee(OFFICER, NOW);
        return request;
    }

    private static void refused(Runnable transition, String key) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(TransitionRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theRequestListsWhatEachCallerMayDoNowAndItsStepsFollowTheList() {
        assertThat(submitted().actionsFor(OFFICER)).containsExactly(StaffAction.TAKE_INTO_VERIFICATION);
        assertThat(submitted().actionsFor(RESEARCHER)).isEmpty();
        assertThat(inVerification().actionsFor(OFFICER)).containsExactlyInAnyOrder(StaffAction.RECORD_VERIFICATION,
                StaffAction.REQUEST_INFORMATION);
        assertThat(verified().actionsFor(OFFICER)).containsExactlyInAnyOrder(StaffAction.RECORD_VERIFICATION,
                StaffAction.REQUEST_INFORMATION, StaffAction.REFER_TO_RESEARCH, StaffAction.SEND_TO_COMMITTEE);
        assertThat(inCommittee().actionsFor(COMMITTEE)).containsExactly(StaffAction.DECIDE);
        assertThat(inCommittee().actionsFor(OFFICER)).isEmpty();
        SupportRequest research = verified();
        research.referToResearch(OFFICER, null, NOW);
        assertThat(research.actionsFor(RESEARCHER)).containsExactlyInAnyOrder(StaffAction.WRITE_SOCIAL_STUDY,
                StaffAction.SEND_TO_COMMITTEE);
        // Listed, but the study must be written first.
        refused(() -> research.sendToCommittee(RESEARCHER, NOW), "request.study.required");

        // What is not listed is refused, with the reason the list left it out for.
        refused(() -> inVerification().referToResearch(OFFICER, null, NOW), "request.checklist.incomplete");
        refused(() -> inCommittee().decide(OFFICER, true, null, NOW), "request.refused.role");
        refused(() -> submitted().decide(COMMITTEE, true, null, NOW), "request.refused.state");
        for (SupportRequest request : new SupportRequest[] {submitted(), inVerification(), verified(), inCommittee()}) {
            assertThat(request.actionsFor(BENEFICIARY)).as("the beneficiary takes no staff step").isEmpty();
        }

        assertThat(submitted().applicantActionsFor(BENEFICIARY)).containsExactlyInAnyOrder(ApplicantAction.WITHDRAW,
                ApplicantAction.WRITE_MESSAGE);
        assertThat(submitted().applicantActionsFor(OTHER_BENEFICIARY)).containsExactly(ApplicantAction.WRITE_MESSAGE);
        assertThat(draft().applicantActionsFor(BENEFICIARY)).isEmpty();
        SupportRequest withdrawn = submitted();
        withdrawn.withdraw(BENEFICIARY, NOW);
        assertThat(withdrawn.applicantActionsFor(BENEFICIARY)).isEmpty();
        refused(() -> withdrawn.withdraw(BENEFICIARY, NOW), "request.refused.state");
        refused(() -> withdrawn.requireThreadOpen(OFFICER), "message.closed");
        refused(() -> submitted().withdraw(OTHER_BENEFICIARY, NOW), "request.refused.owner");
    }

    @Test
    void submittingSetsTheExpectedDecisionDateFourteenDaysOnInRiyadh() {
        SupportRequest request = submitted();
        assertThat(request.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(request.expectedDecisionDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(request.declarationSignature()).isEqualTo("نورة عبدالله القحطاني");
        assertThat(request.audit()).singleElement().satisfies(e -> {
            assertThat(e.fromState()).isEqualTo(RequestState.DRAFT);
            assertThat(e.toState()).isEqualTo(RequestState.SUBMITTED);
            assertThat(e.actorAccountId()).isEqualTo(10L);
        });
        assertThat(request.pendingEvents()).singleElement().isInstanceOf(SupportRequestStateChanged.class);
    }

    @Test
    void theDeclarationMustBeTickedAndSignedWithTheApplicantsName() {
        refused(() -> draft().submit(BENEFICIARY, new Declaration(false, true, "نورة عبدالله القحطاني", "v"),
                "x", "R", NOW, 14), "request.declaration.unticked");
        refused(() -> draft().submit(BENEFICIARY, new Declaration(true, false, "نورة عبدالله القحطاني", "v"),
                "x", "R", NOW, 14), "request.declaration.unticked");
        refused(() -> draft().submit(BENEFICIARY, new Declaration(true, true, "سارة", "v"), "x", "R", NOW, 14),
                "request.declaration.signature");
        refused(() -> draft().submit(BENEFICIARY, new Declaration(true, true, " ", "v"), "x", "R", NOW, 14),
                "request.declaration.signature");
        // Spacing and diacritics do not matter.
        SupportRequest request = draft();
        request.submit(BENEFICIARY, new Declaration(true, true, "  نُورة   عبدالله القحطاني ", "v"), "x", "R", NOW, 14);
        assertThat(request.state()).isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void onlyTheOwnerSubmitsTheirDraftAndOnlyTheRecordingOfficerAnOnBehalfDraft() {
        refused(() -> draft().submit(OTHER_BENEFICIARY, SIGNED, "x", "R", NOW, 14), "request.refused.owner");
        refused(() -> draft().submit(COMMITTEE, SIGNED, "x", "R", NOW, 14), "request.refused.owner");
        refused(() -> draft().submit(OFFICER, SIGNED, "x", "R", NOW, 14), "request.refused.owner");
        refused(() -> submitted().submit(BENEFICIARY, SIGNED, "x", "R", NOW, 14), "request.refused.state");

        SupportRequest onBehalf = SupportRequest.onBehalf(OFFICER, "PSY_CONSULTATION", Channel.PHONE, APPLICANT, NOW);
        onBehalf.describeNeed(OFFICER, "اتصلت تطلب استشارة");
        Actor otherOfficer = new Actor(21, Set.of(Role.RELATIONS_OFFICER));
        refused(() -> onBehalf.describeNeed(otherOfficer, "x"), "request.refused.owner");
        onBehalf.submit(OFFICER, SIGNED, "x", "R", NOW, 14);
        assertThat(onBehalf.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(onBehalf.beneficiaryAccountId()).isNull();
        // Nobody to tell yet: no event for an unclaimed request.
        assertThat(onBehalf.pendingEvents()).isEmpty();
        refused(() -> SupportRequest.onBehalf(BENEFICIARY, "PSY_CONSULTATION", Channel.PHONE, APPLICANT, NOW),
                "request.refused.role");
        refused(() -> SupportRequest.onBehalf(OFFICER, "PSY_CONSULTATION", Channel.WEBSITE, APPLICANT, NOW),
                "request.channel.required");
    }

    @Test
    void aSubmittedRequestRecordedOnBehalfIsLinkedOnceAndAnOfficerUndoesAWrongLink() {
        SupportRequest onBehalf = SupportRequest.onBehalf(OFFICER, "PSY_CONSULTATION", Channel.LETTER, APPLICANT, NOW);
        onBehalf.describeNeed(OFFICER, "خطاب");
        assertThat(onBehalf.isClaimable()).as("not while a draft").isFalse();
        refused(() -> onBehalf.linkClaim(10, null, NOW), "claim.gone");
        onBehalf.submit(OFFICER, SIGNED, "x", "R", NOW, 14);
        assertThat(onBehalf.isClaimable()).isTrue();
        assertThat(submitted().isClaimable()).as("a request made on the portal").isFalse();
        refused(() -> onBehalf.linkClaim(10, BENEFICIARY, NOW), "request.refused.role");
        onBehalf.linkClaim(11, null, NOW);
        assertThat(onBehalf.belongsTo(11)).isTrue();
        refused(() -> onBehalf.linkClaim(10, null, NOW), "claim.gone");
        assertThat(onBehalf.audit()).last().satisfies(e -> {
            assertThat(e.fromState()).isEqualTo(e.toState());
            assertThat(e.claimStep()).isEqualTo(ClaimStep.LINKED);
        });

        refused(() -> onBehalf.undoClaim(BENEFICIARY, "x", NOW), "request.refused.role");
        refused(() -> onBehalf.undoClaim(OFFICER, " ", NOW), "claim.undo.reason.required");
        onBehalf.undoClaim(OFFICER, "ليس حسابها", NOW);
        assertThat(onBehalf.belongsTo(11)).isFalse();
        assertThat(onBehalf.isClaimable()).isTrue();
        assertThat(onBehalf.audit()).last().satisfies(e -> {
            assertThat(e.claimStep()).isEqualTo(ClaimStep.UNDONE);
            assertThat(e.internalNote()).isEqualTo("#11: ليس حسابها");
        });
        refused(() -> onBehalf.undoClaim(OFFICER, "again", NOW), "claim.gone");
        refused(() -> submitted().undoClaim(OFFICER, "a portal request", NOW), "claim.gone");
    }

    @Test
    void theNeedsInfoLoopReopensOnlyTheSectionsStaffChose() {
        SupportRequest request = verified();
        refused(() -> request.requestInformation(OFFICER, " ", Set.of(FormSection.DOCUMENTS), NOW),
                "request.note.required");
        refused(() -> request.requestInformation(OFFICER, "report", Set.of(), NOW), "request.sections.required");
        refused(() -> request.requestInformation(BENEFICIARY, "medical report", Set.of(FormSection.DOCUMENTS), NOW),
                "request.refused.role");
        request.requestInformation(OFFICER, "أرفق تقريرًا طبيًا حديثًا", Set.of(FormSection.NEED,
                FormSection.DOCUMENTS), NOW);
        assertThat(request.state()).isEqualTo(RequestState.NEEDS_INFO);
        assertThat(request.informationRequested()).isEqualTo("أرفق تقريرًا طبيًا حديثًا");
        assertThat(request.reopened()).containsExactlyInAnyOrder(FormSection.NEED, FormSection.DOCUMENTS);

        // Only the reopened sections can change, and only by the owner.
        request.describeNeed(BENEFICIARY, "أحتاج جلسات علاج، وأرفقت التقرير");
        request.requireEditable(BENEFICIARY, FormSection.DOCUMENTS);
        refused(() -> request.updateApplicant(BENEFICIARY, withCity("جدة")), "request.section.locked");
        refused(() -> request.requireEditable(BENEFICIARY, FormSection.IDENTITY), "request.section.locked");
        refused(() -> request.describeNeed(OTHER_BENEFICIARY, "x"), "request.refused.owner");
        refused(() -> request.describeNeed(OFFICER, "x"), "request.refused.owner");

        refused(() -> request.resubmit(OTHER_BENEFICIARY, "h", NOW), "request.refused.owner");
        refused(() -> request.resubmit(OFFICER, "h", NOW), "request.refused.owner");
        request.resubmit(BENEFICIARY, "h", NOW);
        assertThat(request.state()).isEqualTo(RequestState.IN_VERIFICATION);
        assertThat(request.informationRequested()).isNull();
        assertThat(request.reopened()).isEmpty();
        // The data changed: verification starts over.
        assertThat(request.isVerified()).isFalse();
        refused(() -> request.sendToCommittee(OFFICER, NOW), "request.checklist.incomplete");
    }

    @Test
    void aDraftChangesFreelyASubmittedRequestNot() {
        SupportRequest request = draft();
        request.updateApplicant(BENEFICIARY, withCity("جدة"));
        assertThat(request.applicant().city()).isEqualTo("جدة");
        refused(() -> request.updateApplicant(OTHER_BENEFICIARY, withCity("الدمام")), "request.refused.owner");
        request.submit(BENEFICIARY, SIGNED, "x", "R", NOW, 14);
        refused(() -> request.updateApplicant(BENEFICIARY, withCity("الدمام")), "request.refused.state");
        // Saving the same values again is not a change.
        request.updateApplicant(BENEFICIARY, request.applicant());
    }

    @Test
    void theChecklistGatesResearchAndCommittee() {
        SupportRequest request = inVerification();
        refused(() -> request.referToResearch(OFFICER, null, NOW), "request.checklist.incomplete");
        refused(() -> request.sendToCommittee(OFFICER, NOW), "request.checklist.incomplete");
        refused(() -> request.recordVerification(RESEARCHER, true, true, true), "request.refused.role");
        request.recordVerification(OFFICER, true, false, true);
        refused(() -> request.sendToCommittee(OFFICER, NOW), "request.checklist.incomplete");
        request.recordVerification(OFFICER, true, true, true);
        request.sendToCommittee(OFFICER, NOW);
        assertThat(request.state()).isEqualTo(RequestState.IN_COMMITTEE);
        refused(() -> request.recordVerification(OFFICER, true, true, true), "request.refused.state");
    }

    @Test
    void takingIntoVerificationAssignsTheOfficer() {
        SupportRequest request = inVerification();
        assertThat(request.assigneeAccountId()).isEqualTo(OFFICER.accountId());
    }

    private static Applicant withCity(String city) {
        Applicant a = APPLICANT;
        return new Applicant(a.fullName(), a.latinName(), a.nationalId(), a.birthDate(), a.birthCalendar(),
                a.gender(), a.nationality(), a.maritalStatus(), a.region(), city, a.mobile(), a.email(),
                a.householdMembers(), a.incomeBand(), a.employment());
    }

    @Test
    void onlyAnOfficerVerifiesAndOnlyASubmittedRequest() {
        refused(() -> submitted().takeIntoVerification(BENEFICIARY, NOW), "request.refused.role");
        refused(() -> submitted().takeIntoVerification(COMMITTEE, NOW), "request.refused.role");
        refused(() -> draft().takeIntoVerification(OFFICER, NOW), "request.refused.state");
        refused(() -> inVerification().takeIntoVerification(OFFICER, NOW), "request.refused.state");
    }

    @Test
    void researchThenCommitteeNeedsTheSocialStudy() {
        SupportRequest request = verified();
        refused(() -> request.referToResearch(RESEARCHER, null, NOW), "request.refused.role");
        request.referToResearch(OFFICER, "يحتاج دراسة اجتماعية", NOW);
        assertThat(request.state()).isEqualTo(RequestState.IN_RESEARCH);
        // The referral note is internal: the beneficiary's timeline never carries it.
        assertThat(request.audit()).last().satisfies(e -> {
            assertThat(e.note()).isNull();
            assertThat(e.internalNote()).isEqualTo("يحتاج دراسة اجتماعية");
        });

        refused(() -> request.sendToCommittee(RESEARCHER, NOW), "request.study.required");
        refused(() -> request.sendToCommittee(OFFICER, NOW), "request.refused.role");
        refused(() -> request.writeSocialStudy(OFFICER, "study"), "request.refused.role");
        request.writeSocialStudy(RESEARCHER, "الأسرة تحتاج دعمًا علاجيًا");
        request.sendToCommittee(RESEARCHER, NOW);
        assertThat(request.state()).isEqualTo(RequestState.IN_COMMITTEE);
        assertThat(request.socialStudy()).isEqualTo("الأسرة تحتاج دعمًا علاجيًا");
    }

    @Test
    void theCommitteeDecidesAndARejectionNeedsAReason() {
        refused(() -> inCommittee().decide(OFFICER, true, null, NOW), "request.refused.role");
        refused(() -> inVerification().decide(COMMITTEE, true, null, NOW), "request.refused.state");
        refused(() -> inCommittee().decide(COMMITTEE, false, "  ", NOW), "request.reason.required");

        SupportRequest rejected = inCommittee();
        rejected.decide(COMMITTEE, false, "الخدمة المطلوبة خارج نطاق الجمعية", NOW);
        assertThat(rejected.state()).isEqualTo(RequestState.REJECTED);
        assertThat(rejected.state().isClosed()).isTrue();
        assertThat(rejected.decisionReason()).isEqualTo("الخدمة المطلوبة خارج نطاق الجمعية");
        assertThat(rejected.pendingEvents()).last().isInstanceOfSatisfying(SupportRequestStateChanged.class,
                e -> assertThat(e.closesTheRequest()).isTrue());

        SupportRequest accepted = inCommittee();
        accepted.decide(COMMITTEE, true, null, NOW);
        assertThat(accepted.state()).isEqualTo(RequestState.ACCEPTED);
        assertThat(accepted.state().isClosed()).isFalse();
    }

    @Test
    void registrationCompletesAnAcceptedRequest() {
        SupportRequest request = inCommittee();
        refused(() -> request.completeRegistration(OFFICER, NOW), "request.refused.state");
        request.decide(COMMITTEE, true, null, NOW);
        refused(() -> request.completeRegistration(COMMITTEE, NOW), "request.refused.role");
        request.completeRegistration(OFFICER, NOW);
        assertThat(request.state()).isEqualTo(RequestState.REGISTERED);
        assertThat(request.audit()).extracting(AuditEntry::toState).containsExactly(RequestState.SUBMITTED,
                RequestState.IN_VERIFICATION, RequestState.IN_COMMITTEE, RequestState.ACCEPTED, RequestState.REGISTERED);
    }

    @Test
    void onlyTheBeneficiaryWithdrawsAndOnlyAnOpenRequest() {
        refused(() -> submitted().withdraw(OFFICER, NOW), "request.refused.owner");
        refused(() -> submitted().withdraw(OTHER_BENEFICIARY, NOW), "request.refused.owner");
        refused(() -> draft().withdraw(BENEFICIARY, NOW), "request.refused.state");

        SupportRequest request = inCommittee();
        request.withdraw(BENEFICIARY, NOW);
        assertThat(request.state()).isEqualTo(RequestState.WITHDRAWN);
        refused(() -> request.withdraw(BENEFICIARY, NOW), "request.refused.state");
        refused(() -> request.decide(COMMITTEE, true, null, NOW), "request.refused.state");
    }

    @Test
    void onlyTheOwnerDescribesTheNeedWhileItCanStillChange() {
        SupportRequest request = draft();
        refused(() -> request.describeNeed(OTHER_BENEFICIARY, "x"), "request.refused.owner");
        request.describeNeed(BENEFICIARY, "أحتاج جلسات علاج نفسي");
        request.submit(BENEFICIARY, SIGNED, "x", "R", NOW, 14);
        refused(() -> request.describeNeed(BENEFICIARY, "changed"), "request.refused.state");
        refused(() -> request.requireEditable(BENEFICIARY, FormSection.DOCUMENTS), "request.refused.state");
    }
}
