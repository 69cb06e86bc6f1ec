package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryNotFound;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.notifications.InAppNotification;
import org.eshraqa.portal.notifications.Notifications;
import org.eshraqa.portal.requests.Applicant;
import org.eshraqa.portal.requests.Declaration;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.RequestNotFound;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.surveys.SurveyAnswers;
import org.eshraqa.portal.surveys.SurveyClosed;
import org.eshraqa.portal.surveys.SurveyPage;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.volunteering.Availability;
import org.eshraqa.portal.volunteering.CertificateView;
import org.eshraqa.portal.volunteering.Certificates;
import org.eshraqa.portal.volunteering.DocumentKind;
import org.eshraqa.portal.volunteering.Education;
import org.eshraqa.portal.volunteering.Gender;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.OpportunityDraft;
import org.eshraqa.portal.volunteering.Skill;
import org.eshraqa.portal.volunteering.SpokenLanguage;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.portal.volunteering.VolunteeringNotFound;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A second person of the same role tries every id-taking action of the module APIs with the
 * first person's ids. The answer is always the module's "not found" (never "forbidden", which
 * would confirm the id exists), and the first person's rows in the database are byte for byte what
 * they were before. Staff roles the module keeps out are refused too.
 *
 * <table>
 * <caption>What is covered</caption>
 * <tr><th>API</th><th>Calls tried with someone else's id</th><th>Answer</th></tr>
 * <tr><td>SupportRequests</td><td>findMine, saveDraft, submit, resubmit, withdraw, addDocument, removeDocument,
 *     document, postMessage (submitted request and draft); document/removeDocument of another's document
 *     through one's own request id; another officer's on-behalf draft (saveDraft, addDocument, submit)</td>
 *     <td>{@code RequestNotFound} / empty</td></tr>
 * <tr><td>SupportRequests, staff</td><td>findForStaff, addInternalNote, writeSocialStudy, decide by roles the
 *     module does not allow; document by a coordinator</td><td>{@code AccessDeniedException} /
 *     {@code RequestNotFound}</td></tr>
 * <tr><td>Inquiries</td><td>findMine, reply, markAnswered; ask about another's request; staff calls by a
 *     beneficiary or coordinator</td><td>{@code InquiryNotFound} / empty / field error / denied</td></tr>
 * <tr><td>VolunteerApplications</td><td>saveDraft, submit, withdraw, addDocument, removeDocument, document,
 *     postMessage (draft and submitted); another's document through one's own draft</td>
 *     <td>{@code VolunteeringNotFound}</td></tr>
 * <tr><td>Opportunities</td><td>withdraw and logHours on another's enrolment; apply to a forged
 *     opportunity</td><td>{@code VolunteeringNotFound}</td></tr>
 * <tr><td>Certificates</td><td>findMine, pdf, mine (verify by code stays public)</td>
 *     <td>empty / {@code VolunteeringNotFound}</td></tr>
 * <tr><td>Surveys</td><td>mine; open and answer with an altered token; answer with a used one</td>
 *     <td>not listed / {@code UNKNOWN} / {@code ANSWERED}, nothing stored</td></tr>
 * <tr><td>Notifications</td><td>markRead, recent</td><td>{@code false} / not listed</td></tr>
 * </table>
 *
 * The routes that carry these ids are driven in {@link CrossUserRoutesTest}.
 */
class CrossUserAccessTest extends PortalTestBase {

    static final String COORDINATOR = "coordinator@demo.eshraqa.org.sa";
    static final String RESEARCHER = "researcher@demo.eshraqa.org.sa";
    static final String COMMITTEE = "committee@demo.eshraqa.org.sa";
    static final String QUALITY = "quality@demo.eshraqa.org.sa";
    private static final long FORGED = 987_654_321L;

    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;
    @Autowired VolunteerApplications applications;
    @Autowired Opportunities opportunities;
    @Autowired Certificates certificates;
    @Autowired Surveys surveys;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;

    // ---------------------------------------------------------------- helpers

    /** Every row that holds the record with this id, in a stable printable form. */
    private String rows(String sql, Object... args) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, args)) {
            StringBuilder line = new StringBuilder();
            row.forEach((column, value) -> line.append(column).append('=')
                    .append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value).append(';'));
            out.add(line.toString());
        }
        return String.join("\n", out);
    }

    private String request(long id) {
        return rows("select * from support_request where id = ?", id)
                + rows("select * from support_request_audit where request_id = ? order by position", id)
                + rows("select * from support_request_document where request_id = ? order by id", id)
                + rows("select c.* from support_request_document_content c join support_request_document d"
                        + " on d.id = c.document_id where d.request_id = ? order by d.id", id)
                + rows("select * from support_request_message where request_id = ? order by id", id)
                + rows("select * from support_request_note where request_id = ? order by id", id);
    }

    private String application(long id) {
        return rows("select * from volunteer_application where id = ?", id)
                + rows("select * from volunteer_document where application_id = ? order by id", id)
                + rows("select * from volunteer_message where application_id = ? order by id", id)
                + rows("select * from volunteer_application_audit where application_id = ? order by position", id);
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private static void notFound(Class<? extends RuntimeException> type, ThrowingCallable... calls) {
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isExactlyInstanceOf(type);
        }
    }

    private static void denied(ThrowingCallable... calls) {
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static Applicant applicant(String name) {
        return new Applicant(name, null, "1000000008", LocalDate.of(1990, 5, 1), null, null, null, null,
                Region.RIYADH, "الرياض", "0512345678", null, null, null, null);
    }

    static VolunteerProfile profile(String name) {
        return new VolunteerProfile(name, "1000000008", LocalDate.of(1995, 3, 14), Gender.FEMALE, Region.RIYADH,
                "الرياض", "0551234567", "volunteer.test@example.org", Education.BACHELOR, "علم النفس",
                "سنتان في حملات توعية", "أحب أن أخدم مجتمعي", Set.of(Skill.PUBLIC_SPEAKING),
                Set.of(SpokenLanguage.ARABIC), Set.of(Interest.EVENTS), List.of(),
                List.of(new Availability(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(22, 0))));
    }

    /** A submitted application of this (signed-in) person, with its CV. */
    private long submittedApplication(String name) {
        long id = applications.startDraft();
        assertThat(applications.saveDraft(id, profile(name))).isEmpty();
        applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf());
        applications.submit(id, true);
        return id;
    }

    private String activeVolunteer(String name) {
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long id = submittedApplication(name);
        signInAs(COORDINATOR);
        applications.startReview(id, version("volunteer_application", id));
        applications.decide(id, version("volunteer_application", id), true, null, null);
        applications.activate(id, version("volunteer_application", id));
        return email;
    }

    private static LocalDateTime nextSaturdayAt(int hour) {
        LocalDate day = LocalDate.now(PortalDates.ZONE).plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(hour, 0);
    }

    // ---------------------------------------------------------------- support requests

    @Test
    void anotherBeneficiaryReachesNoneOfARequestsActionsAndChangesNothing() {
        String first = newAccount("ريم سعد الغامدي", Role.BENEFICIARY);
        signInAs(first);
        long submitted = Samples.submittedRequest(requests, "MEDICATION", "ريم سعد الغامدي");
        long document = requests.findMine(submitted).orElseThrow().documents().getFirst().id();
        requests.postMessage(submitted, "متى يصلني الرد؟");
        long draft = requests.startDraft("THERAPY_SESSIONS");
        requests.saveDraft(draft, applicant("ريم سعد الغامدي"), "أحتاج جلسات علاج");
        long draftDocument = requests.addDocument(draft, DocumentType.NATIONAL_ID_COPY, "id.pdf", Samples.pdf()).id();
        String submittedBefore = request(submitted);
        String draftBefore = request(draft);

        String second = newAccount("هند علي الزهراني", Role.BENEFICIARY);
        signInAs(second);
        long own = requests.startDraft("MEDICATION");
        for (long id : List.of(submitted, draft, FORGED)) {
            assertThat(requests.findMine(id)).isEmpty();
            long v = id == FORGED ? 0 : version("support_request", id);
            notFound(RequestNotFound.class,
                    () -> requests.saveDraft(id, applicant("هند علي الزهراني"), "نص"),
                    () -> requests.submit(id, new Declaration(true, true, "هند علي الزهراني", "2026-11")),
                    () -> requests.resubmit(id, v),
                    () -> requests.withdraw(id, v),
                    () -> requests.addDocument(id, DocumentType.PRESCRIPTION, "x.pdf", Samples.pdf()),
                    () -> requests.removeDocument(id, document),
                    () -> requests.removeDocument(id, draftDocument),
                    () -> requests.document(id, document),
                    () -> requests.document(id, draftDocument),
                    () -> requests.postMessage(id, "رسالة"));
        }
        // The first person's document asked for through the second person's own request.
        notFound(RequestNotFound.class,
                () -> requests.document(own, document),
                () -> requests.removeDocument(own, document),
                () -> requests.removeDocument(own, draftDocument));
        assertThat(requests.mine()).extracting(r -> r.id()).containsExactly(own);
        // A question cannot be tied to someone else's request.
        assertThatThrownBy(() -> inquiries.ask(new NewQuestion("سؤال", "عن الطلب", submitted)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("request", "inquiry.request.notYours"));
        // Staff calls are not a beneficiary's.
        denied(() -> requests.findForStaff(submitted),
                () -> requests.addInternalNote(submitted, "ملاحظة"),
                () -> requests.takeIntoVerification(submitted, 0),
                () -> requests.writeSocialStudy(submitted, 0, "دراسة"),
                () -> requests.decide(submitted, 0, true, "قبول"),
                () -> requests.queue(org.eshraqa.portal.requests.QueueFilter.open(), 0, 10));

        assertThat(request(submitted)).isEqualTo(submittedBefore);
        assertThat(request(draft)).isEqualTo(draftBefore);
        signInAs(first);
        assertThat(requests.document(submitted, document).content()).isEqualTo(Samples.pdf());
    }

    @Test
    void staffRolesTheModuleKeepsOutAreRefusedAndTheBeneficiaryNeverSeesNotesOrTheStudy() {
        String person = newAccount("منيرة سالم القرني", Role.BENEFICIARY);
        signInAs(person);
        long id = Samples.submittedRequest(requests, "MEDICATION", "منيرة سالم القرني");
        long document = requests.findMine(id).orElseThrow().documents().getFirst().id();

        signInAs(OFFICER);
        requests.takeIntoVerification(id, version("support_request", id));
        requests.addInternalNote(id, "ملاحظة داخلية عن الحالة");
        requests.recordVerification(id, version("support_request", id), true, true, true);
        denied(() -> requests.writeSocialStudy(id, version("support_request", id), "دراسة"),
                () -> requests.decide(id, version("support_request", id), true, "قبول"));
        requests.referToResearch(id, version("support_request", id), "للدراسة");
        signInAs(RESEARCHER);
        requests.writeSocialStudy(id, version("support_request", id), "دراسة اجتماعية سرية");
        denied(() -> requests.decide(id, version("support_request", id), true, "قبول"),
                () -> requests.completeRegistration(id, version("support_request", id)));
        String before = request(id);

        for (String outsider : List.of(COORDINATOR, QUALITY, ADMIN, "volunteer@demo.eshraqa.org.sa")) {
            signInAs(outsider);
            denied(() -> requests.findForStaff(id),
                    () -> requests.addInternalNote(id, "x"),
                    () -> requests.takeIntoVerification(id, 0));
            // Not case staff: the document is "not found", and no opening is logged.
            notFound(RequestNotFound.class, () -> requests.document(id, document),
                    () -> requests.postMessage(id, "x"));
        }
        assertThat(jdbc.queryForObject("select count(*) from access_log where record_id = ? and record_kind = "
                + "'REQUEST_DOCUMENT'", Integer.class, document)).isZero();
        assertThat(request(id)).isEqualTo(before);

        signInAs(person);
        String mirror = requests.findMine(id).orElseThrow().toString();
        assertThat(mirror).doesNotContain("ملاحظة داخلية عن الحالة").doesNotContain("دراسة اجتماعية سرية");
    }

    @Test
    void anotherOfficerCannotTouchAnOnBehalfDraftItsRecorderKeeps() {
        signInAs(OFFICER);
        long draft = requests.recordOnBehalf("PSY_CONSULTATION", Channel.PHONE);
        requests.saveDraft(draft, applicant("سلمى حمد العتيبي"), "اتصلت تطلب استشارة");
        String before = request(draft);

        signInAs(newAccount("ضابط علاقات آخر", Role.RELATIONS_OFFICER));
        notFound(RequestNotFound.class,
                () -> requests.saveDraft(draft, applicant("اسم آخر"), "نص آخر"),
                () -> requests.addDocument(draft, DocumentType.NATIONAL_ID_COPY, "id.pdf", Samples.pdf()),
                () -> requests.submit(draft, new Declaration(true, true, "سلمى حمد العتيبي", "2026-11")));
        assertThat(request(draft)).isEqualTo(before);
    }

    // ---------------------------------------------------------------- inquiries

    @Test
    void anotherPersonCannotOpenReplyToOrCloseAQuestion() {
        String first = newAccount("عائشة محمد الشمري", Role.BENEFICIARY);
        signInAs(first);
        long id = inquiries.ask(new NewQuestion("موعد الجلسة", "متى موعد الجلسة القادمة؟", null));
        signInAs(OFFICER);
        inquiries.answer(id, version("inquiry", id), "الأحد القادم");
        String before = rows("select * from inquiry where id = ?", id)
                + rows("select * from inquiry_message where inquiry_id = ? order by id", id)
                + rows("select * from inquiry_history where inquiry_id = ? order by position", id);

        signInAs(newAccount("لطيفة ناصر الحربي", Role.BENEFICIARY));
        for (long target : List.of(id, FORGED)) {
            long v = target == FORGED ? 0 : version("inquiry", target);
            assertThat(inquiries.findMine(target)).isEmpty();
            notFound(InquiryNotFound.class,
                    () -> inquiries.reply(target, v, "رد من شخص آخر"),
                    () -> inquiries.markAnswered(target, v));
        }
        assertThat(inquiries.mine(0, 100)).isEmpty();
        denied(() -> inquiries.findForStaff(id), () -> inquiries.answer(id, 0, "x"), () -> inquiries.close(id, 0, null),
                () -> inquiries.queue(org.eshraqa.portal.inquiries.InquiryQueueFilter.open(), 0, 10));
        signInAs(COORDINATOR);
        denied(() -> inquiries.findForStaff(id), () -> inquiries.answer(id, 0, "x"));

        assertThat(rows("select * from inquiry where id = ?", id)
                + rows("select * from inquiry_message where inquiry_id = ? order by id", id)
                + rows("select * from inquiry_history where inquiry_id = ? order by position", id)).isEqualTo(before);
    }

    // ---------------------------------------------------------------- volunteering

    @Test
    void anotherPersonReachesNoneOfAVolunteerApplicationsActions() {
        String first = newAccount("أروى فيصل العمري", Role.BENEFICIARY);
        signInAs(first);
        long submitted = submittedApplication("أروى فيصل العمري");
        long cv = applications.mine().orElseThrow().documents().getFirst().id();
        applications.postMessage(submitted, "هل وصلكم طلبي؟");
        signInAs(newAccount("نوال راشد السهلي", Role.BENEFICIARY));
        long draft = applications.startDraft();
        applications.saveDraft(draft, profile("نوال راشد السهلي"));
        long draftCv = applications.addDocument(draft, DocumentKind.CV, "cv.pdf", Samples.pdf()).id();
        String submittedBefore = application(submitted);
        String draftBefore = application(draft);

        signInAs(newAccount("جواهر سعيد البقمي", Role.BENEFICIARY));
        long own = applications.startDraft();
        for (long id : List.of(submitted, draft, FORGED)) {
            long v = id == FORGED ? 0 : version("volunteer_application", id);
            notFound(VolunteeringNotFound.class,
                    () -> applications.saveDraft(id, profile("جواهر سعيد البقمي")),
                    () -> applications.submit(id, true),
                    () -> applications.withdraw(id, v),
                    () -> applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf()),
                    () -> applications.removeDocument(id, cv),
                    () -> applications.removeDocument(id, draftCv),
                    () -> applications.document(id, cv),
                    () -> applications.document(id, draftCv),
                    () -> applications.postMessage(id, "رسالة"));
        }
        notFound(VolunteeringNotFound.class,
                () -> applications.document(own, cv),
                () -> applications.removeDocument(own, cv),
                () -> applications.removeDocument(own, draftCv));
        assertThat(applications.mine().orElseThrow().id()).isEqualTo(own);
        denied(() -> applications.findForStaff(submitted), () -> applications.addNote(submitted, "x"),
                () -> applications.startReview(submitted, 0));

        assertThat(application(submitted)).isEqualTo(submittedBefore);
        assertThat(application(draft)).isEqualTo(draftBefore);
    }

    @Test
    void anotherVolunteerCannotWithdrawLogHoursOnOrDownloadTheCertificateOfSomeoneElse() {
        signInAs(COORDINATOR);
        LocalDateTime start = nextSaturdayAt(10);
        long opportunity = opportunities.publish(new OpportunityDraft("يوم توعوي", "وصف", Interest.EVENTS, start,
                start.plusHours(3), MeetingMode.IN_PERSON, "مقر الجمعية", 5, Set.of()));
        String first = activeVolunteer("رهف عادل الجهني");
        String second = activeVolunteer("شهد مازن العسيري");
        signInAs(first);
        long enrolment = opportunities.apply(opportunity);
        String enrolmentBefore = rows("select * from opportunity_enrolment where id = ?", enrolment);
        String opportunityBefore = rows("select * from opportunity where id = ?", opportunity);

        signInAs(second);
        long v = version("opportunity_enrolment", enrolment);
        notFound(VolunteeringNotFound.class,
                () -> opportunities.withdraw(enrolment, v),
                () -> opportunities.logHours(enrolment, v, BigDecimal.ONE, "ساعات مزيفة"),
                () -> opportunities.withdraw(FORGED, 0),
                () -> opportunities.apply(FORGED));
        assertThat(opportunities.commitments()).isEmpty();
        denied(() -> opportunities.accept(enrolment, v), () -> opportunities.confirmHours(enrolment, v, BigDecimal.TEN),
                () -> opportunities.enrolments(opportunity), () -> opportunities.cancel(opportunity, 0));
        assertThat(rows("select * from opportunity_enrolment where id = ?", enrolment)).isEqualTo(enrolmentBefore);
        assertThat(rows("select * from opportunity where id = ?", opportunity)).isEqualTo(opportunityBefore);

        // The first volunteer takes part and is certified.
        signInAs(COORDINATOR);
        opportunities.accept(enrolment, version("opportunity_enrolment", enrolment));
        jdbc.update("update opportunity set starts_at = date_sub(utc_timestamp(6), interval 3 day), "
                + "ends_at = date_add(date_sub(utc_timestamp(6), interval 3 day), interval 3 hour) where id = ?",
                opportunity);
        signInAs(first);
        opportunities.logHours(enrolment, version("opportunity_enrolment", enrolment), new BigDecimal("3"), null);
        signInAs(second);
        notFound(VolunteeringNotFound.class, () -> opportunities.logHours(enrolment,
                version("opportunity_enrolment", enrolment), BigDecimal.ONE, null));
        signInAs(COORDINATOR);
        opportunities.confirmHours(enrolment, version("opportunity_enrolment", enrolment), new BigDecimal("3"));
        signInAs(first);
        CertificateView certificate = certificates.issue();
        String certificateBefore = rows("select * from volunteer_certificate where id = ?", certificate.id());

        signInAs(second);
        assertThat(certificates.findMine(certificate.id())).isEmpty();
        assertThat(certificates.mine()).isEmpty();
        notFound(VolunteeringNotFound.class,
                () -> certificates.pdf(certificate.id(), Locale.ENGLISH),
                () -> certificates.pdf(certificate.id(), Locale.forLanguageTag("ar")),
                () -> certificates.pdf(FORGED, Locale.ENGLISH));
        assertThat(rows("select * from volunteer_certificate where id = ?", certificate.id()))
                .isEqualTo(certificateBefore);

        // Verifying by code is public on purpose: it states what the certificate says, nothing more.
        SecurityContextHolder.clearContext();
        assertThat(certificates.verify(certificate.code())).hasValueSatisfying(
                c -> assertThat(c.volunteerName()).isEqualTo("رهف عادل الجهني"));
    }

    // ---------------------------------------------------------------- surveys

    private static String altered(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    @Test
    void anAlteredOrUsedSurveyLinkAnswersNothingAndNobodyElseSeesTheInvitation() throws Exception {
        String first = newAccount("بشرى علي الرشيدي", Role.BENEFICIARY);
        signInAs(first);
        long request = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", "بشرى علي الرشيدي");
        requests.withdraw(request, version("support_request", request));
        String token = awaitSurveyToken(first);
        long person = accountId(first);
        String responses = "select count(*) from survey_response r join survey_invitation i on i.id = r.invitation_id"
                + " where i.account_id = ?";

        signInAs(newAccount("سارا خالد الدوسري", Role.BENEFICIARY));
        assertThat(surveys.mine()).isEmpty();
        SurveyAnswers answers = new SurveyAnswers(1, Map.of(), null, null, null, false);
        for (String forged : List.of(altered(token), token.toLowerCase(Locale.ROOT).equals(token)
                ? token.toUpperCase(Locale.ROOT) : token.toLowerCase(Locale.ROOT), token + "A", token.substring(1))) {
            assertThat(surveys.open(forged).state()).as(forged).isEqualTo(SurveyPage.State.UNKNOWN);
            assertThatThrownBy(() -> surveys.answer(forged, 1, answers)).isInstanceOfSatisfying(SurveyClosed.class,
                    e -> assertThat(e.state()).isEqualTo(SurveyPage.State.UNKNOWN));
        }
        assertThat(jdbc.queryForObject(responses, Integer.class, person)).isZero();

        SecurityContextHolder.clearContext();
        SurveyPage page = surveys.open(token);
        assertThat(page.state()).isEqualTo(SurveyPage.State.OPEN);
        surveys.answer(token, page.template().id(), new SurveyAnswers(5, Map.of(), null, null, null, false));
        String stored = rows("select r.* from survey_response r join survey_invitation i on i.id = r.invitation_id"
                + " where i.account_id = ?", person);
        assertThatThrownBy(() -> surveys.answer(token, page.template().id(), answers))
                .isInstanceOfSatisfying(SurveyClosed.class,
                        e -> assertThat(e.state()).isEqualTo(SurveyPage.State.ANSWERED));
        assertThat(jdbc.queryForObject(responses, Integer.class, person)).isOne();
        assertThat(rows("select r.* from survey_response r join survey_invitation i on i.id = r.invitation_id"
                + " where i.account_id = ?", person)).as("the first answer stands").isEqualTo(stored);
    }

    // ---------------------------------------------------------------- notifications

    @Test
    void anotherPersonCannotMarkANotificationReadNorSeeIt() throws Exception {
        String first = newAccount("غادة سعود المالكي", Role.BENEFICIARY);
        signInAs(first);
        Samples.submittedRequest(requests, "AWARENESS", "غادة سعود المالكي");
        long person = accountId(first);
        Eventually.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_account_id = ?",
                Integer.class, person) > 0);
        long notification = jdbc.queryForObject("select max(id) from notification where recipient_account_id = ?",
                Long.class, person);
        String before = rows("select * from notification where id = ?", notification);

        signInAs(newAccount("فاطمة حسن الأحمدي", Role.BENEFICIARY));
        assertThat(notifications.markRead(notification)).isFalse();
        assertThat(notifications.markRead(FORGED)).isFalse();
        notifications.markAllRead();
        assertThat(notifications.recent(0, 100)).extracting(InAppNotification::id).doesNotContain(notification);
        assertThat(rows("select * from notification where id = ?", notification)).isEqualTo(before);

        signInAs(first);
        assertThat(notifications.unreadCount()).isPositive();
        assertThat(notifications.markRead(notification)).isTrue();
    }
}
