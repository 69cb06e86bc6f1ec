package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The requests API on the embedded MariaDB, signed in as each role in turn: the whole path from
 * draft to registration, documents, messages, claims, the queue, and every attempt to reach what a
 * role may not.
 */
class SupportRequestsWholePortalTest extends PortalTestBase {

    static final String COMMITTEE = "committee@demo.eshraqa.org.sa";
    static final String RESEARCHER = "researcher@demo.eshraqa.org.sa";

    @Autowired SupportRequests requests;
    @Autowired RequestClaims claims;
    @Autowired org.eshraqa.testsupport.RecordingSms sms;
    @Autowired Accounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired OpenWork openWork;



    private long version(long id) {
        return jdbc.queryForObject("select version from support_request where id = ?", Long.class, id);
    }

    private static Applicant applicant(String name, String mobile) {
        Applicant a = SupportRequestTest.APPLICANT;
        return new Applicant(name, "Noura Alqahtani", a.nationalId(), a.birthDate(), a.birthCalendar(), a.gender(),
                a.nationality(), a.maritalStatus(), a.region(), a.city(), mobile, a.email(), a.householdMembers(),
                a.incomeBand(), a.employment());
    }

    /** A complete draft for the signed-in beneficiary, with every document the service needs. */
    private long completeDraft(String service, String name) {
        long id = requests.startDraft(service);
        assertThat(requests.saveDraft(id, applicant(name, "0512345678"), "أحتاج دعمًا لجلسات العلاج النفسي"))
                .isEmpty();
        for (ServiceOffer offer : requests.catalogue()) {
            if (offer.code().equals(service)) {
                offer.requiredDocuments().forEach(type -> requests.addDocument(id, type, "scan.pdf", Samples.pdf()));
            }
        }
        return id;
    }

    private long submittedByDemoBeneficiary() {
        signInAs(BENEFICIARY);
        long id = completeDraft("THERAPY_SESSIONS", "نورة عبدالله القحطاني");
        requests.submit(id, new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"));
        return id;
    }

    private void verify(long id) {
        requests.recordVerification(id, version(id), true, true, true);
    }

    @Test
    void healthDataIsEncryptedAtRestAndReadBackWhole() throws Exception {
        long id = submittedByDemoBeneficiary();
        long beneficiary = accountId(BENEFICIARY);
        signInAs(OFFICER);
        requests.takeIntoVerification(id, version(id));
        requests.postMessage(id, "هل يمكنك إرفاق تقرير الطبيب النفسي الأخير؟");
        requests.addInternalNote(id, "المستفيدة تتلقى علاجًا لاضطراب القلق منذ عامين");
        requests.requestInformation(id, version(id), "أرفقي تقرير الطبيب عن نوبات الهلع", Set.of(FormSection.DOCUMENTS));
        assertThat(jdbc.queryForObject("select information_requested from support_request where id = ?", String.class,
                id)).startsWith("enc2:").doesNotContain("الهلع");
        signInAs(BENEFICIARY);
        requests.resubmit(id, version(id));
        signInAs(OFFICER);
        verify(id);
        requests.referToResearch(id, version(id), "أحيلت لأن الحالة تشمل أفكارًا انتحارية");
        signInAs(RESEARCHER);
        requests.writeSocialStudy(id, version(id), "دخل الأسرة محدود والأم تعاني من الاكتئاب");
        requests.sendToCommittee(id, version(id));
        signInAs(COMMITTEE);
        requests.decide(id, version(id), false, "الحالة تحتاج رعاية نفسية داخل المستشفى");

        // The raw rows hold no readable health text and no readable document: every free text is
        // sealed with the bound envelope (enc2), whatever column it is in.
        List<String> words = List.of("العلاج", "الاكتئاب", "الهلع", "انتحارية", "المستشفى", "تقرير", "القلق");
        Map<String, Object> row = jdbc.queryForMap("select need_description, social_study, decision_reason "
                + "from support_request where id = ?", id);
        assertThat(row.values()).allSatisfy(v -> assertSealed(String.valueOf(v), words));
        assertThat(jdbc.queryForList("select note from support_request_audit where request_id = ? and note is not null",
                String.class, id)).hasSize(2).allSatisfy(v -> assertSealed(v, words));
        assertThat(jdbc.queryForList("select internal_note from support_request_audit where request_id = ? "
                + "and internal_note is not null", String.class, id)).hasSize(1).allSatisfy(v -> assertSealed(v, words));
        assertThat(jdbc.queryForList("select body from support_request_message where request_id = ?", String.class, id))
                .isNotEmpty().allSatisfy(b -> assertSealed(b, words));
        assertThat(jdbc.queryForList("select body from support_request_note where request_id = ?", String.class, id))
                .isNotEmpty().allSatisfy(b -> assertSealed(b, words));
        List<byte[]> stored = jdbc.queryForList("""
                select c.content from support_request_document_content c
                join support_request_document d on d.id = c.document_id where d.request_id = ?""", byte[].class, id);
        assertThat(stored).isNotEmpty().allSatisfy(bytes -> {
            assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ENC2");
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        });
        // The beneficiary's in-app notices of the decision are sealed too (they are written after the commit).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where recipient_account_id = ? and body is not null", Integer.class,
                beneficiary) > 0);
        assertThat(jdbc.queryForList("select body from notification where recipient_account_id = ? and body is not null",
                String.class, beneficiary)).isNotEmpty().allSatisfy(b -> assertSealed(b, words));

        // Through the API everything reads as written.
        StaffRequestView staff = requests.findForStaff(id).orElseThrow();
        assertThat(staff.mirror().needDescription()).isEqualTo("أحتاج دعمًا لجلسات العلاج النفسي");
        assertThat(staff.mirror().decisionReason()).isEqualTo("الحالة تحتاج رعاية نفسية داخل المستشفى");
        assertThat(staff.socialStudy()).isEqualTo("دخل الأسرة محدود والأم تعاني من الاكتئاب");
        assertThat(staff.internalNotes()).extracting(ThreadMessage::body)
                .contains("المستفيدة تتلقى علاجًا لاضطراب القلق منذ عامين");
        assertThat(staff.audit()).extracting(StaffRequestView.AuditLine::internalNote)
                .contains("أحيلت لأن الحالة تشمل أفكارًا انتحارية");
        assertThat(staff.audit()).extracting(StaffRequestView.AuditLine::note)
                .contains("أرفقي تقرير الطبيب عن نوبات الهلع", "الحالة تحتاج رعاية نفسية داخل المستشفى");
        long documentId = jdbc.queryForObject(
                "select min(id) from support_request_document where request_id = ?", Long.class, id);
        assertThat(requests.document(id, documentId).content()).isEqualTo(Samples.pdf());
        signInAs(BENEFICIARY);
        assertThat(requests.findMine(id).orElseThrow().decisionReason())
                .isEqualTo("الحالة تحتاج رعاية نفسية داخل المستشفى");

        // Minimum access: the officer verifies without the social study; the committee reads it.
        signInAs(OFFICER);
        assertThat(requests.findForStaff(id).orElseThrow().socialStudy()).isNull();
        signInAs(COMMITTEE);
        assertThat(requests.findForStaff(id).orElseThrow().socialStudy())
                .isEqualTo("دخل الأسرة محدود والأم تعاني من الاكتئاب");
    }

    private static void assertSealed(String stored, List<String> words) {
        assertThat(stored).startsWith("enc2:");
        words.forEach(word -> assertThat(stored).doesNotContain(word));
    }

    @Test
    void theCatalogueListsTheFiveSeededServicesWithWhoCanApplyAndTheirDocuments() {
        assertThat(requests.catalogue()).extracting(ServiceOffer::code).containsExactly("PSY_CONSULTATION",
                "THERAPY_SESSIONS", "MEDICATION", "FAMILY_COUNSELLING", "AWARENESS");
        assertThat(requests.catalogue().get(2).requiredDocuments()).contains(DocumentType.PRESCRIPTION);
        assertThat(requests.catalogue().get(0).name(java.util.Locale.ENGLISH)).isEqualTo("Psychological consultation");
        assertThat(requests.catalogue()).allSatisfy(offer -> {
            assertThat(offer.eligibility(java.util.Locale.ENGLISH)).isPresent();
            assertThat(offer.eligibility(java.util.Locale.forLanguageTag("ar"))).isPresent();
        });
        assertThat(requests.catalogue().get(4).eligibility(java.util.Locale.ENGLISH)).hasValueSatisfying(
                text -> assertThat(text).startsWith("Everyone"));
    }

    @Test
    void aRequestGoesFromDraftToRegistrationThroughEveryRole() {
        signInAs(BENEFICIARY);
        long id = completeDraft("THERAPY_SESSIONS", "نورة عبدالله القحطاني");
        assertThat(requests.startDraft("THERAPY_SESSIONS")).as("one open draft per service").isEqualTo(id);
        Receipt receipt = requests.submit(id, new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"));
        assertThat(receipt.reference()).matches("ESH-\\d{4}-\\d{6}");
        assertThat(receipt.expectedDecisionDate())
                .isEqualTo(receipt.submittedAt().atZone(PortalDates.ZONE).toLocalDate().plusDays(14));

        signInAs(OFFICER);
        requests.takeIntoVerification(id, version(id));
        verify(id);
        requests.requestInformation(id, version(id), "أرفق تقريرًا طبيًا حديثًا", Set.of(FormSection.DOCUMENTS));

        signInAs(BENEFICIARY);
        var view = requests.findMine(id).orElseThrow();
        assertThat(view.state()).isEqualTo(RequestState.NEEDS_INFO);
        assertThat(view.informationRequested()).isEqualTo("أرفق تقريرًا طبيًا حديثًا");
        assertThat(view.isEditable(FormSection.DOCUMENTS)).isTrue();
        assertThat(view.isEditable(FormSection.IDENTITY)).isFalse();
        // Only what was asked can change.
        assertThatThrownBy(() -> requests.saveDraft(id, applicant("نورة عبدالله الشهري", "0512345678"),
                view.needDescription())).isInstanceOfSatisfying(TransitionRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("request.section.locked"));
        requests.addDocument(id, DocumentType.MEDICAL_REPORT, "report-2026.png", Samples.png());
        requests.resubmit(id, view.version());

        signInAs(OFFICER);
        verify(id);
        requests.referToResearch(id, version(id), "تحتاج الحالة دراسة اجتماعية");
        signInAs(RESEARCHER);
        requests.writeSocialStudy(id, version(id), "الأسرة تحتاج دعمًا علاجيًا");
        requests.sendToCommittee(id, version(id));
        signInAs(COMMITTEE);
        requests.decide(id, version(id), true, null);
        signInAs(OFFICER);
        requests.completeRegistration(id, version(id));

        signInAs(BENEFICIARY);
        var done = requests.findMine(id).orElseThrow();
        assertThat(done.state()).isEqualTo(RequestState.REGISTERED);
        assertThat(done.timeline()).extracting(TimelineEntry::to).containsExactly(RequestState.SUBMITTED,
                RequestState.IN_VERIFICATION, RequestState.NEEDS_INFO, RequestState.IN_VERIFICATION,
                RequestState.IN_RESEARCH, RequestState.IN_COMMITTEE, RequestState.ACCEPTED, RequestState.REGISTERED);
        // Internal notes never reach the beneficiary's timeline.
        assertThat(done.timeline()).extracting(TimelineEntry::publicNote)
                .doesNotContain("تحتاج الحالة دراسة اجتماعية");
        assertThat(requests.mine()).extracting(RequestSummary::id).contains(id);

        signInAs(OFFICER);
        StaffRequestView staff = requests.findForStaff(id).orElseThrow();
        assertThat(staff.socialStudy()).as("not the officer's to read").isNull();
        assertThat(staff.audit()).anySatisfy(line -> assertThat(line.internalNote())
                .isEqualTo("تحتاج الحالة دراسة اجتماعية"));
        assertThat(staff.audit()).extracting(StaffRequestView.AuditLine::actorName).contains("ريم خالد الشهري");
        assertThat(staff.actions()).isEmpty();
    }

    @Test
    void theServiceFiguresCountEachDecisionOnItsRiyadhDayFromTheDailyRows() {
        LocalDate today = LocalDate.now(PortalDates.ZONE);
        signInAs(OFFICER);
        RequestFigures before = requests.figures(today, today);
        long id = submittedByDemoBeneficiary();
        signInAs(OFFICER);
        requests.takeIntoVerification(id, version(id));
        verify(id);
        requests.referToResearch(id, version(id), "دراسة اجتماعية");
        signInAs(RESEARCHER);
        requests.writeSocialStudy(id, version(id), "الأسرة تحتاج دعمًا علاجيًا");
        requests.sendToCommittee(id, version(id));
        signInAs(COMMITTEE);
        requests.decide(id, version(id), false, "خارج نطاق الخدمة");

        signInAs(OFFICER);
        RequestFigures after = requests.figures(today, today);
        assertThat(after.decided()).isEqualTo(before.decided() + 1);
        assertThat(after.decidedWithinTarget()).as("decided the day it was submitted")
                .isEqualTo(before.decidedWithinTarget() + 1);
        assertThat(after.meanDaysToDecision()).isNotNull();
        // The day rows equal a count over the requests themselves, whatever else this database holds.
        String raw = """
                select date(convert_tz(decided_at, '+00:00', '+03:00')) day, count(*) decided,
                       sum(date(convert_tz(decided_at, '+00:00', '+03:00')) <= expected_decision_date) within_target,
                       sum(timestampdiff(second, submitted_at, decided_at)) decision_seconds
                from support_request where decided_at is not null group by 1 order by 1
                """;
        assertThat(jdbc.queryForList("""
                select day, decided, within_target, decision_seconds from support_request_decision_day
                where decided <> 0 order by day
                """).toString()).isEqualTo(jdbc.queryForList(raw).toString());
    }

    private static final String OPEN_STATES = "('SUBMITTED', 'IN_VERIFICATION', 'NEEDS_INFO', 'IN_RESEARCH',"
            + " 'IN_COMMITTEE', 'ACCEPTED')";

    /** Open requests per state counted over the requests themselves. */
    private Map<String, Long> rawOpenByState() {
        Map<String, Long> raw = new java.util.TreeMap<>();
        jdbc.query("select state, count(*) from support_request where state in " + OPEN_STATES + " group by state",
                row -> {
                    raw.put(row.getString(1), row.getLong(2));
                });
        return raw;
    }

    private Map<String, Long> shownOpenByState() {
        LocalDate today = LocalDate.now(PortalDates.ZONE);
        Map<String, Long> shown = new java.util.TreeMap<>();
        requests.figures(today, today).openByState().forEach((state, n) -> shown.put(state.name(), n));
        return shown;
    }

    /** What changed between two counts, per state (zeros left out). */
    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new java.util.TreeMap<>();
        java.util.Set<String> states = new java.util.TreeSet<>(before.keySet());
        states.addAll(after.keySet());
        for (String state : states) {
            long d = after.getOrDefault(state, 0L) - before.getOrDefault(state, 0L);
            if (d != 0) {
                delta.put(state, d);
            }
        }
        return delta;
    }

    @Test
    void theOpenWorkTotalsFollowEveryChangeOfStateAsTheRequestsDo() {
        signInAs(OFFICER);
        Map<String, Long> shownBefore = shownOpenByState();
        Map<String, Long> rawBefore = rawOpenByState();
        long id = submittedByDemoBeneficiary();
        List<Runnable> steps = List.of(
                () -> requests.takeIntoVerification(id, version(id)),
                () -> requests.requestInformation(id, version(id), "أرفق صورة أوضح", Set.of(FormSection.DOCUMENTS)),
                () -> {
                    signInAs(BENEFICIARY);
                    requests.resubmit(id, version(id));
                    signInAs(OFFICER);
                },
                () -> {
                    verify(id);
                    requests.referToResearch(id, version(id), "دراسة اجتماعية");
                },
                () -> {
                    signInAs(RESEARCHER);
                    requests.writeSocialStudy(id, version(id), "الأسرة تحتاج دعمًا");
                    requests.sendToCommittee(id, version(id));
                },
                () -> {
                    signInAs(COMMITTEE);
                    requests.decide(id, version(id), true, "تنطبق الشروط");
                },
                () -> {
                    signInAs(OFFICER);
                    requests.completeRegistration(id, version(id));
                });
        List<String> seen = new ArrayList<>();
        for (Runnable step : steps) {
            signInAs(OFFICER);
            Map<String, Long> shownAfter = shownOpenByState();
            Map<String, Long> rawAfter = rawOpenByState();
            seen.add(jdbc.queryForObject("select state from support_request where id = ?", String.class, id));
            assertThat(difference(shownBefore, shownAfter)).as("after %s", seen)
                    .isEqualTo(difference(rawBefore, rawAfter));
            step.run();
        }
        signInAs(OFFICER);
        assertThat(seen).containsExactly("SUBMITTED", "IN_VERIFICATION", "NEEDS_INFO", "IN_VERIFICATION",
                "IN_RESEARCH", "IN_COMMITTEE", "ACCEPTED");
        // Registered: the request has left the open work, the totals are where they started.
        assertThat(difference(shownBefore, shownOpenByState())).isEmpty();
        assertThat(difference(rawBefore, rawOpenByState())).isEmpty();
    }

    @Test
    void theOpenWorkIsRecountedFromTheRequestsAndCountsThoseOverdue() {
        long late = submittedByDemoBeneficiary();
        jdbc.update("update support_request set expected_decision_date = ? where id = ?",
                LocalDate.now(PortalDates.ZONE).minusDays(3), late);
        openWork.rebuild();
        signInAs(OFFICER);
        LocalDate today = LocalDate.now(PortalDates.ZONE);
        assertThat(shownOpenByState()).isEqualTo(rawOpenByState()).containsKey("SUBMITTED");
        assertThat(requests.figures(today, today).overdue()).isEqualTo(requests.countOverdue()).isPositive()
                .isEqualTo(jdbc.queryForObject("select count(*) from support_request where state in " + OPEN_STATES
                        + " and expected_decision_date < ?", Long.class, today));
        // A request that leaves by erasure's SQL leaves the totals too.
        openWork.leave(List.of(late));
        jdbc.update("update support_request set state = 'WITHDRAWN' where id = ?", late);
        assertThat(shownOpenByState()).isEqualTo(rawOpenByState());
    }

    @Test
    void aDraftKeepsEveryValidValueAndReportsEachInvalidOne() {
        signInAs(BENEFICIARY);
        long id = requests.startDraft("AWARENESS");
        Applicant bad = new Applicant("Noura", "نورة", "1234567890", LocalDate.now().plusDays(3),
                Applicant.BirthCalendar.GREGORIAN, Applicant.Gender.FEMALE, "XX", null, Region.ASIR, "أبها",
                "12345", "not-an-email", 99, null, null);
        Map<String, String> errors = requests.saveDraft(id, bad, "أحتاج برنامجًا توعويًا");
        assertThat(errors).containsEntry("fullName", "applicant.fullName.invalid")
                .containsEntry("latinName", "applicant.latinName.invalid")
                .containsEntry("nationalId", "applicant.nationalId.invalid")
                .containsEntry("birthDate", "applicant.birthDate.future")
                .containsEntry("nationality", "applicant.nationality.invalid")
                .containsEntry("mobile", "validation.mobile")
                .containsEntry("email", "validation.email")
                .containsEntry("householdMembers", "applicant.householdMembers.range");
        Applicant kept = requests.findMine(id).orElseThrow().applicant();
        assertThat(kept.region()).isEqualTo(Region.ASIR);
        assertThat(kept.city()).isEqualTo("أبها");
        assertThat(kept.gender()).isEqualTo(Applicant.Gender.FEMALE);
        assertThat(kept.nationalId()).as("an invalid value is not stored").isNull();
        // Arabic-Indic digits are digits.
        Applicant arabicDigits = new Applicant("نورة عبدالله القحطاني", null, "١٠٠٠٠٠٠٠٠٨", null, null, null, null,
                null, null, null, "٠٥١٢٣٤٥٦٧٨", null, null, null, null);
        assertThat(requests.saveDraft(id, arabicDigits, null)).isEmpty();
        assertThat(requests.findMine(id).orElseThrow().applicant().nationalId()).isEqualTo("1000000008");

        // Submission names every missing item; the draft stays a draft.
        assertThatThrownBy(() -> requests.submit(id, new Declaration(true, true, "نورة عبدالله القحطاني", "v")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("birthDate", "field.required")
                        .containsEntry("need", "request.need.required")
                        .containsEntry("documents.NATIONAL_ID_COPY", "document.missing"));
        assertThat(requests.findMine(id).orElseThrow().state()).isEqualTo(RequestState.DRAFT);
    }

    @Test
    void documentsAreCheckedByTheirContentNotTheirName() {
        signInAs(BENEFICIARY);
        long id = requests.startDraft("MEDICATION");
        DocumentInfo pdf = requests.addDocument(id, DocumentType.PRESCRIPTION, "وصفة.pdf", Samples.pdf());
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(requests.addDocument(id, DocumentType.NATIONAL_ID_COPY, "id.JPG", Samples.jpeg()).mediaType())
                .isEqualTo("image/jpeg");
        assertRefused(() -> requests.addDocument(id, DocumentType.MEDICAL_REPORT, "report.pdf", Samples.notAPdf()),
                "document.type");
        assertRefused(() -> requests.addDocument(id, DocumentType.MEDICAL_REPORT, "report.pdf", Samples.png()),
                "document.mismatch");
        assertRefused(() -> requests.addDocument(id, DocumentType.MEDICAL_REPORT, "empty.pdf", new byte[0]),
                "document.empty");
        byte[] large = Arrays.copyOf(Samples.pdf(), 10 * 1024 * 1024 + 1);
        assertRefused(() -> requests.addDocument(id, DocumentType.MEDICAL_REPORT, "large.pdf", large),
                "document.tooLarge");
        assertRefused(() -> requests.addDocument(id, DocumentType.FAMILY_RECORD, "family.pdf", Samples.pdf()),
                "document.notRequired");
        // A path in the name is dropped.
        assertThat(requests.addDocument(id, DocumentType.INCOME_PROOF, "../../etc/income.pdf", Samples.pdf())
                .fileName()).isEqualTo("income.pdf");

        DocumentFile file = requests.document(id, pdf.id());
        assertThat(file.content()).isEqualTo(Samples.pdf());
        assertThat(file.fileName()).isEqualTo("وصفة.pdf");
        requests.removeDocument(id, pdf.id());
        assertThat(requests.findMine(id).orElseThrow().documents()).extracting(DocumentInfo::id)
                .doesNotContain(pdf.id());
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().values()).containsExactly(key));
    }

    @Test
    void anotherBeneficiaryCannotSeeOrTouchTheRequestOrItsDocuments() {
        long id = submittedByDemoBeneficiary();
        long documentId = requests.findMine(id).orElseThrow().documents().getFirst().id();
        String other = uniqueEmail("other");
        accounts.register(new Registration("مستفيد آخر", other, "0551112233", "a-good-password-1", true, "ar"));
        jdbc.update("update account set status = 'ACTIVE' where email = ?", other);

        signInAs(other);
        assertThat(requests.findMine(id)).isEmpty();
        assertThat(requests.mine()).extracting(RequestSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> requests.withdraw(id, version(id))).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.saveDraft(id, Applicant.empty(), "x")).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.document(id, documentId)).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.addDocument(id, DocumentType.NATIONAL_ID_COPY, "a.pdf", Samples.pdf()))
                .isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.removeDocument(id, documentId)).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.postMessage(id, "hello")).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.resubmit(id, version(id))).isInstanceOf(RequestNotFound.class);
        // A forged id is no different from someone else's.
        assertThatThrownBy(() -> requests.withdraw(987_654_321L, 0)).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.document(987_654_321L, documentId)).isInstanceOf(RequestNotFound.class);
        // Nor is the owner's own request with a document id from elsewhere.
        signInAs(BENEFICIARY);
        assertThatThrownBy(() -> requests.document(id, 987_654_321L)).isInstanceOf(RequestNotFound.class);
        // Staff-only reads are refused to a beneficiary outright.
        assertThatThrownBy(() -> requests.findForStaff(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.queue(QueueFilter.open(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.addInternalNote(id, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rolesCannotStepOutsideTheirWork() {
        long id = submittedByDemoBeneficiary();
        assertThatThrownBy(() -> requests.takeIntoVerification(id, version(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.decide(id, version(id), true, null)).isInstanceOf(AccessDeniedException.class);

        signInAs(OFFICER);
        assertThatThrownBy(() -> requests.decide(id, version(id), true, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.withdraw(id, version(id))).isInstanceOf(AccessDeniedException.class);
        // An officer cannot edit a beneficiary's own request.
        assertThatThrownBy(() -> requests.saveDraft(id, Applicant.empty(), "x")).isInstanceOf(RequestNotFound.class);
        // In the wrong state the service refuses, whatever the UI shows.
        assertThatThrownBy(() -> requests.completeRegistration(id, version(id))).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> requests.sendToCommittee(id, version(id))).isInstanceOf(TransitionRefused.class);

        signInAs(COMMITTEE);
        assertThatThrownBy(() -> requests.takeIntoVerification(id, version(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.recordOnBehalf("AWARENESS", Channel.PHONE))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("volunteer@demo.eshraqa.org.sa");
        assertThatThrownBy(() -> requests.startDraft("AWARENESS")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.findForStaff(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.document(id, 1)).isInstanceOf(RequestNotFound.class);
    }

    @Test
    void anActionOnAStaleViewIsRefusedInsteadOfOverwriting() {
        long id = submittedByDemoBeneficiary();
        long seenByBothOfficers = version(id);
        signInAs(OFFICER);
        requests.takeIntoVerification(id, seenByBothOfficers);
        assertThatThrownBy(() -> requests.recordVerification(id, seenByBothOfficers, true, true, true))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(jdbc.queryForObject("select checked_identity from support_request where id = ?", Boolean.class,
                id)).isFalse();
    }

    @Test
    void theBeneficiaryWithdrawsAnOpenRequest() {
        long id = submittedByDemoBeneficiary();
        requests.withdraw(id, version(id));
        assertThat(requests.findMine(id).orElseThrow().state()).isEqualTo(RequestState.WITHDRAWN);
        assertThatThrownBy(() -> requests.withdraw(id, version(id))).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aBadDeclarationKeepsTheDraft() {
        signInAs(BENEFICIARY);
        long id = completeDraft("PSY_CONSULTATION", "نورة عبدالله القحطاني");
        assertThatThrownBy(() -> requests.submit(id, new Declaration(true, true, "اسم آخر", "2026-11")))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("request.declaration.signature"));
        assertThatThrownBy(() -> requests.submit(id, new Declaration(false, false, "", "2026-11")))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("request.declaration.unticked"));
        assertThat(requests.findMine(id).orElseThrow().state()).isEqualTo(RequestState.DRAFT);
        assertThat(requests.findMine(id).orElseThrow().expectedDecisionDate()).isNull();
        requests.submit(id, new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"));
    }

    @Test
    void messagesGoBothWaysAndInternalNotesStayWithStaff() {
        long id = submittedByDemoBeneficiary();
        requests.postMessage(id, "<script>alert('x')</script> متى يصل الرد؟");
        signInAs(OFFICER);
        requests.postMessage(id, "خلال أسبوعين بإذن الله");
        requests.addInternalNote(id, "اتصلت بها وأكدت البيانات");
        assertThatThrownBy(() -> requests.postMessage(id, "  ")).isInstanceOf(InvalidInputException.class);

        signInAs(BENEFICIARY);
        var mine = requests.findMine(id).orElseThrow();
        assertThat(mine.messages()).extracting(ThreadMessage::body)
                .containsExactly("<script>alert('x')</script> متى يصل الرد؟", "خلال أسبوعين بإذن الله");
        assertThat(mine.messages()).extracting(ThreadMessage::fromStaff).containsExactly(false, true);
        assertThat(mine.toString()).doesNotContain("اتصلت بها");

        signInAs(OFFICER);
        assertThat(requests.findForStaff(id).orElseThrow().internalNotes()).extracting(ThreadMessage::body)
                .containsExactly("اتصلت بها وأكدت البيانات");
    }

    @Test
    void anOfficerRecordsARequestOnBehalfAndThePersonClaimsIt() {
        String email = uniqueEmail("caller");
        accounts.register(new Registration("فاطمة سالم المطيري", email, "0559876543", "a-good-password-1", true, "ar"));
        jdbc.update("update account set status = 'ACTIVE' where email = ?", email);

        signInAs(OFFICER);
        assertThatThrownBy(() -> requests.recordOnBehalf("AWARENESS", Channel.WEBSITE))
                .isInstanceOf(InvalidInputException.class);
        long id = requests.recordOnBehalf("AWARENESS", Channel.PHONE);
        Applicant caller = new Applicant("فاطمة سالم المطيري", null, "2000000006", LocalDate.of(1988, 1, 5),
                Applicant.BirthCalendar.HIJRI, Applicant.Gender.FEMALE, "EG", Applicant.MaritalStatus.MARRIED,
                Region.MAKKAH, "جدة", "0559876543", email, 5, Applicant.IncomeBand.FROM_3000_TO_5999,
                Applicant.Employment.EMPLOYED);
        assertThat(requests.saveDraft(id, caller, "اتصلت تطلب الانضمام لبرنامج توعوي")).isEmpty();
        requests.addDocument(id, DocumentType.NATIONAL_ID_COPY, "iqama.png", Samples.png());
        Receipt receipt = requests.submit(id, new Declaration(true, true, "فاطمة سالم المطيري", "2026-11"));
        assertThat(requests.findForStaff(id).orElseThrow().claimed()).isFalse();
        assertThat(jdbc.queryForObject("select channel from support_request where id = ?", String.class, id))
                .isEqualTo("PHONE");
        // Another officer cannot edit it, and nobody once it is submitted.
        assertThatThrownBy(() -> requests.saveDraft(id, caller, "x")).isInstanceOf(RequestNotFound.class);

        // Knowing the ID and the mobile is not enough: the code goes to the recorded mobile.
        signInAs(BENEFICIARY);
        claims.start("2000000006", "0559876543");
        assertThat(requests.findMine(id)).isEmpty();
        signInAs(email);
        assertThatThrownBy(() -> claims.start("123", "0559876543")).isInstanceOf(InvalidInputException.class);
        claims.start("2000000006", "0559876543");
        var codes = new ClaimFixture(requests, accounts, jdbc, null, sms);
        assertThat(claims.enterCode(codes.lastCodeTo("+966559876543"))).isEqualTo(1);
        var claimed = requests.findMine(id).orElseThrow();
        assertThat(claimed.reference()).isEqualTo(receipt.reference());
        assertThat(claimed.timeline()).last().satisfies(e -> assertThat(e.isClaim()).isTrue());
        int sent = codes.smsTo("+966559876543").size();
        claims.start("2000000006", "0559876543");
        assertThat(codes.smsTo("+966559876543")).as("a linked request is not claimed again").hasSize(sent);
    }

    @Test
    void theQueueFiltersAndPagesFromTheDatabaseMostUrgentFirst() {
        long first = submittedByDemoBeneficiary();
        long second = submittedByDemoBeneficiary();
        jdbc.update("update support_request set expected_decision_date = ? where id = ?",
                LocalDate.now(PortalDates.ZONE).minusDays(2), second);

        signInAs(OFFICER);
        var rows = requests.queue(new QueueFilter(Set.of(RequestState.SUBMITTED), "THERAPY_SESSIONS", Channel.WEBSITE,
                Region.RIYADH, QueueFilter.Assignee.UNASSIGNED), 0, 500);
        assertThat(rows).extracting(QueueRow::id).contains(first, second);
        assertThat(rows.stream().map(QueueRow::id).toList().indexOf(second))
                .isLessThan(rows.stream().map(QueueRow::id).toList().indexOf(first));
        assertThat(requests.queue(new QueueFilter(Set.of(), null, Channel.LETTER, null, QueueFilter.Assignee.ANYONE),
                0, 500)).extracting(QueueRow::id).doesNotContain(first);
        assertThat(requests.queue(new QueueFilter(Set.of(), null, null, Region.JAZAN, QueueFilter.Assignee.ANYONE),
                0, 500)).extracting(QueueRow::id).doesNotContain(first);

        requests.takeIntoVerification(first, version(first));
        assertThat(requests.queue(new QueueFilter(Set.of(), null, null, null, QueueFilter.Assignee.ME), 0, 500))
                .extracting(QueueRow::id).contains(first).doesNotContain(second);
        assertThat(requests.queue(QueueFilter.open(), 0, 1)).hasSize(1);
        // Pages follow each other in the queue's order without gaps or repeats.
        List<Long> all = requests.queue(QueueFilter.open(), 0, 200).stream().map(QueueRow::id).toList();
        List<Long> paged = new ArrayList<>(requests.queue(QueueFilter.open(), 0, 1).stream().map(QueueRow::id).toList());
        paged.addAll(requests.queue(QueueFilter.open(), 1, 1).stream().map(QueueRow::id).toList());
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        assertThat(paged).containsExactlyElementsOf(all.subList(0, 2));
        // The due date was moved in SQL above, past the running totals: recount them.
        openWork.rebuild();
        assertThat(requests.countOverdue()).isGreaterThanOrEqualTo(1);
    }
}
