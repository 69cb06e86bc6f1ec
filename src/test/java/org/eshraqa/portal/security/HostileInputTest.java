package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.AccessLogFilter;
import org.eshraqa.portal.audit.AccessLogRow;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.NewStaffAccount;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.ContactRow;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewContact;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.requests.Applicant;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile text and files through the module APIs: markup is stored exactly as typed (the views
 * show it as text, see {@link HostileMarkupViewsTest}); SQL and LIKE metacharacters in every
 * free-text search cause no error and match only themselves; over-long values are refused with a
 * field error and nothing is stored; odd encodings survive or are neutralised; and uploads that
 * lie about what they are, would overwhelm a viewer, are empty or carry a path are refused or
 * stored under their last name segment, with the form still working afterwards.
 */
class HostileInputTest extends PortalTestBase {

    /** Script and markup of the three usual shapes, in one value. */
    static final String MARKUP = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
            + "\"><svg onload=window.pwned=3>";
    static final List<String> SQL = List.of("' OR 1=1 --", "%", "_", "\\", "\"; DROP TABLE account; --", "%' --");

    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;
    @Autowired Contacts contacts;
    @Autowired VolunteerApplications applications;
    @Autowired Accounts accounts;
    @Autowired AccessLog accessLog;
    @Autowired Content content;
    @Autowired JdbcTemplate jdbc;

    private static Applicant applicant(String name) {
        return new Applicant(name, null, "1000000008", LocalDate.of(1990, 5, 1), null, null, null, null,
                Region.RIYADH, "الرياض", "0512345678", null, null, null, null);
    }

    private static VolunteerProfile profile(String study, String experience, String motivation) {
        VolunteerProfile p = CrossUserAccessTest.profile("سمر عادل الحربي");
        return new VolunteerProfile(p.fullName(), p.nationalId(), p.birthDate(), p.gender(), p.region(), p.city(),
                p.mobile(), p.email(), p.education(), study, experience, motivation, p.skills(), p.languages(),
                p.interests(), p.licences(), p.availability());
    }

    private static void refused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }

    // ---------------------------------------------------------------- markup is data

    @Test
    void scriptAndHtmlInEveryTextStaffReadAreStoredExactlyAsTyped() {
        String person = newAccount("نجود سعد العتيبي", Role.BENEFICIARY);
        signInAs(person);
        long request = requests.startDraft("PSY_CONSULTATION");
        assertThat(requests.saveDraft(request, applicant("نجود سعد العتيبي"), MARKUP)).doesNotContainKey("need");
        assertThat(requests.findMine(request).orElseThrow().needDescription()).isEqualTo(MARKUP);
        long submitted = Samples.submittedRequest(requests, "AWARENESS", "نجود سعد العتيبي");
        assertThat(requests.postMessage(submitted, MARKUP).body()).isEqualTo(MARKUP);
        long inquiry = inquiries.ask(new NewQuestion(MARKUP, MARKUP, null));
        assertThat(inquiries.findMine(inquiry).orElseThrow().subject()).isEqualTo(MARKUP);
        assertThat(inquiries.findMine(inquiry).orElseThrow().messages().getFirst().body()).isEqualTo(MARKUP);
        long application = applications.startDraft();
        assertThat(applications.saveDraft(application, profile(MARKUP.substring(0, 60), MARKUP, MARKUP))).isEmpty();
        VolunteerProfile stored = applications.mine().orElseThrow().profile();
        assertThat(List.of(stored.fieldOfStudy(), stored.experience(), stored.motivation()))
                .containsExactly(MARKUP.substring(0, 60), MARKUP, MARKUP);

        signInAs(OFFICER);
        assertThat(requests.findForStaff(submitted).orElseThrow().mirror().messages()).extracting(ThreadMessage::body)
                .contains(MARKUP);
        assertThat(requests.addInternalNote(submitted, MARKUP).body()).isEqualTo(MARKUP);
        long contact = contacts.log(new NewContact(Channel.PHONE, null, "متصل", "0551234567", MARKUP,
                MARKUP, null, false));
        assertThat(contacts.recent(Channel.PHONE, 0, 50)).filteredOn(r -> r.id() == contact).singleElement()
                .satisfies(r -> {
                    assertThat(r.topic()).isEqualTo(MARKUP);
                    assertThat(r.outcome()).isEqualTo(MARKUP);
                });
    }

    // ---------------------------------------------------------------- searches

    @Test
    void sqlAndLikeMetacharactersInEverySearchMatchOnlyThemselves() {
        signInAs(ADMIN);
        String marked = "Percent 100% Under_score Back\\slash";
        accounts.createStaff(new NewStaffAccount(marked, uniqueEmail("meta"), null, DEMO_PASSWORD,
                Set.of(Role.RELATIONS_OFFICER)));
        long total = accounts.count(null);
        for (String text : SQL) {
            List<AccountSummary> found = accounts.search(text, 0, 200);
            assertThat(accounts.count(text)).as(text).isEqualTo(found.size()).isLessThan(total);
            assertThat(found).as(text).allSatisfy(a -> assertThat(a.fullName() + a.email() + a.mobile())
                    .containsIgnoringCase(text.strip()));
        }
        assertThat(accounts.search("100%", 0, 10)).extracting(AccountSummary::fullName).containsExactly(marked);
        assertThat(accounts.search("e_s", 0, 10)).as("_ is no wildcard").isEmpty();
        assertThat(accounts.search("k\\s", 0, 10)).extracting(AccountSummary::fullName).containsExactly(marked);
        assertThat(accounts.search("0!%", 0, 10)).as("the escape character is plain too").isEmpty();
        assertThat(accounts.search("ORE", 0, 10)).extracting(AccountSummary::fullName).contains(marked);
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).as("the table is there")
                .isEqualTo(total);

        // The access log: a document whose name holds the wildcards, opened by an officer (staff
        // open no one's draft but one they record on someone's behalf).
        signInAs(OFFICER);
        long request = requests.recordOnBehalf("MEDICATION", Channel.PHONE);
        long document = requests.addDocument(request, DocumentType.PRESCRIPTION, "scan 100%_a.pdf", Samples.pdf())
                .id();
        requests.document(request, document);
        signInAs(ADMIN);
        assertThat(accessLog.search(new AccessLogFilter(null, "100%_a", null, null, null), 0, 10))
                .extracting(AccessLogRow::recordLabel).singleElement().asString().endsWith("scan 100%_a.pdf");
        assertThat(accessLog.search(new AccessLogFilter(null, "100%!a", null, null, null), 0, 10)).isEmpty();
        assertThat(accessLog.search(new AccessLogFilter(null, "1_0", null, null, null), 0, 10)).isEmpty();
        assertThat(accessLog.count(AccessLogFilter.none())).isPositive();
        for (String text : SQL) {
            for (AccessLogFilter filter : List.of(new AccessLogFilter(text, null, null, null, null),
                    new AccessLogFilter(null, text, null, null, null))) {
                List<AccessLogRow> rows = accessLog.search(filter, 0, 200);
                assertThat(accessLog.count(filter)).as(text).isEqualTo(rows.size());
                assertThat(rows).as(text).allSatisfy(r -> assertThat(r.staffName() + r.recordLabel())
                        .containsIgnoringCase(text.strip()));
            }
        }

        // FAQ search: only letters and digits are words; the rest is ignored, never an operator.
        for (String text : SQL) {
            assertThat(content.search(text)).as(text)
                    .isEqualTo(content.search(text.replaceAll("[^\\p{L}\\p{N}]+", " ")));
        }
        assertThat(content.search("%")).isEmpty();
        assertThat(content.faq()).as("the FAQ is still there").isNotEmpty();

        // Finding a person for a contact is an exact match, never a pattern.
        signInAs(OFFICER);
        for (String text : SQL) {
            assertThat(contacts.findPerson(text)).as(text).isEmpty();
        }
        assertThat(contacts.findPerson(BENEFICIARY)).isPresent();
    }

    // ---------------------------------------------------------------- length and encodings

    @Test
    void overLongValuesAreRefusedWithAFieldErrorAndNothingIsStored() {
        String person = newAccount("رزان فهد الشهري", Role.BENEFICIARY);
        signInAs(person);
        long draft = requests.startDraft("PSY_CONSULTATION");
        assertThat(requests.saveDraft(draft, applicant("رزان فهد الشهري"), "أ".repeat(4001)))
                .containsEntry("need", "request.text.tooLong");
        assertThat(requests.findMine(draft).orElseThrow().needDescription()).isNull();
        long submitted = Samples.submittedRequest(requests, "AWARENESS", "رزان فهد الشهري");
        int messages = jdbc.queryForObject("select count(*) from support_request_message where request_id = ?",
                Integer.class, submitted);
        assertThatThrownBy(() -> requests.postMessage(submitted, "x".repeat(100_000)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from support_request_message where request_id = ?",
                Integer.class, submitted)).isEqualTo(messages);

        refused(() -> inquiries.ask(new NewQuestion("س".repeat(151), "نص", null)), "subject", "inquiry.text.tooLong");
        refused(() -> inquiries.ask(new NewQuestion("سؤال", "ن".repeat(4001), null)), "body", "inquiry.text.tooLong");
        assertThat(inquiries.countMine()).isZero();

        long application = applications.startDraft();
        assertThat(applications.saveDraft(application, profile("علم", "خ".repeat(2001), "د".repeat(2001))))
                .containsEntry("experience", "volunteer.text.tooLong")
                .containsEntry("motivation", "volunteer.text.tooLong");
        assertThat(applications.mine().orElseThrow().profile().experience()).isNull();

        signInAs(OFFICER);
        long before = contacts.count(null);
        refused(() -> contacts.log(new NewContact(Channel.PHONE, null, "متصل", "0551234567", "ت".repeat(201), "نتيجة",
                null, false)), "topic", "inquiry.text.tooLong");
        assertThat(contacts.count(null)).isEqualTo(before);
    }

    @Test
    void controlCharactersLoneSurrogatesAndFourByteEmojiBreakNothing() {
        String person = newAccount("تهاني سعيد المطيري", Role.BENEFICIARY);
        signInAs(person);
        long submitted = Samples.submittedRequest(requests, "AWARENESS", "تهاني سعيد المطيري");
        String emoji = "شكرًا 🙏🏽 👨‍👩‍👧 𝕏";
        assertThat(requests.postMessage(submitted, emoji).body()).isEqualTo(emoji);
        String odd = "قبل\u0000\u0007\u001B[31m\u202Eبعد \uD800 نهاية";
        requests.postMessage(submitted, odd);
        // Control characters stay as text (the views never treat text as markup); the lone
        // surrogate cannot be encoded and becomes a replacement character, the rest is kept.
        assertThat(requests.findMine(submitted).orElseThrow().messages().getLast().body())
                .startsWith("قبل\u0000\u0007\u001B[31m\u202Eبعد ").endsWith(" نهاية").doesNotContain("\uD800");
        assertThat(requests.findMine(submitted).orElseThrow().messages()).extracting(ThreadMessage::body)
                .contains(emoji);

        long inquiry = inquiries.ask(new NewQuestion("سؤال 🙂", emoji, null));
        assertThat(inquiries.findMine(inquiry).orElseThrow().subject()).isEqualTo("سؤال 🙂");

        // File names: mojibake stays readable text, control characters become "_".
        long draft = requests.startDraft("MEDICATION");
        String mojibake = "ÙˆØµÙØ©.pdf";
        assertThat(requests.addDocument(draft, DocumentType.PRESCRIPTION, mojibake, Samples.pdf()).fileName())
                .isEqualTo(mojibake);
        assertThat(requests.addDocument(draft, DocumentType.NATIONAL_ID_COPY, "id\u0000\r\n.pdf", Samples.pdf())
                .fileName()).isEqualTo("id___.pdf");
    }

    // ---------------------------------------------------------------- uploads

    @Test
    void hostileUploadsAreRefusedOrStoredUnderTheirLastNameAndTheDraftStillTakesAGoodFile() {
        String person = newAccount("أماني علي القحطاني", Role.BENEFICIARY);
        signInAs(person);
        long draft = requests.startDraft("MEDICATION");
        Map<String, byte[]> files = Map.of(
                "prescription.pdf", Samples.notAPdf(),
                "scan.png", Samples.pngClaiming(50_000, 50_000),
                "report.pdf", Samples.pdfUnpackingTo(300L * 1024 * 1024),
                "empty.pdf", new byte[0]);
        Map<String, String> expected = Map.of("prescription.pdf", "document.type", "scan.png",
                "document.imageTooLarge", "report.pdf", "document.pdfTooLarge", "empty.pdf", "document.empty");
        files.forEach((name, bytes) -> refused(() -> requests.addDocument(draft, DocumentType.PRESCRIPTION, name,
                bytes), "documents.PRESCRIPTION", expected.get(name)));
        assertThat(jdbc.queryForObject("select count(*) from support_request_document where request_id = ?",
                Integer.class, draft)).as("nothing stored").isZero();

        assertThat(requests.addDocument(draft, DocumentType.PRESCRIPTION, "../../etc/passwd.pdf", Samples.pdf())
                .fileName()).isEqualTo("passwd.pdf");
        assertThat(requests.addDocument(draft, DocumentType.NATIONAL_ID_COPY, "C:\\x\\y.pdf", Samples.pdf())
                .fileName()).isEqualTo("y.pdf");
        assertThat(requests.findMine(draft).orElseThrow().documents()).hasSize(2);

        long application = applications.startDraft();
        refused(() -> applications.addDocument(application, org.eshraqa.portal.volunteering.DocumentKind.CV,
                "cv.png", Samples.pngClaiming(50_000, 50_000)), "documents.CV", "document.imageTooLarge");
        refused(() -> applications.addDocument(application, org.eshraqa.portal.volunteering.DocumentKind.CV,
                "cv.pdf", Samples.pdfUnpackingTo(300L * 1024 * 1024)), "documents.CV", "document.pdfTooLarge");
        assertThat(applications.addDocument(application, org.eshraqa.portal.volunteering.DocumentKind.CV,
                "..\\..\\cv.pdf", Samples.pdf()).fileName()).isEqualTo("cv.pdf");
    }
}
