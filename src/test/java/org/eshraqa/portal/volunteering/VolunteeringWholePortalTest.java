package org.eshraqa.portal.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Volunteering on the embedded MariaDB, signed in as each role in turn: an application from draft
 * to active, opportunities with their seats (also two volunteers racing for the last one), hours
 * and certificates, and every attempt to reach what a person may not.
 */
@RecordApplicationEvents
class VolunteeringWholePortalTest extends PortalTestBase {

    static final String COORDINATOR = "coordinator@demo.eshraqa.org.sa";

    @Autowired VolunteerApplications applications;
    @Autowired Opportunities opportunities;
    @Autowired Certificates certificates;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired ApplicationEvents events;
    @Autowired VolunteerPersonalData personalData;

    static VolunteerProfile profile(String name) {
        return new VolunteerProfile(name, "1000000008", LocalDate.of(1995, 3, 14), Gender.FEMALE, Region.RIYADH,
                "الرياض", "0551234567", "volunteer.test@example.org", Education.BACHELOR, "علم النفس",
                "سنتان في حملات توعية", "أحب أن أخدم مجتمعي", Set.of(Skill.PUBLIC_SPEAKING, Skill.EVENT_ORGANISING),
                Set.of(SpokenLanguage.ARABIC), Set.of(Interest.EVENTS),
                List.of(), List.of(new Availability(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(22, 0))));
    }

    private long version(long applicationId) {
        return jdbc.queryForObject("select version from volunteer_application where id = ?", Long.class, applicationId);
    }

    private long enrolmentVersion(long enrolmentId) {
        return jdbc.queryForObject("select version from opportunity_enrolment where id = ?", Long.class, enrolmentId);
    }

    private long opportunityVersion(long opportunityId) {
        return jdbc.queryForObject("select version from opportunity where id = ?", Long.class, opportunityId);
    }

    /** A person with a submitted application (their own account), signed in as that person. */
    private long submittedApplication(String email, String name) {
        signInAs(email);
        long id = applications.startDraft();
        assertThat(applications.saveDraft(id, profile(name))).isEmpty();
        applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf());
        applications.submit(id, true);
        return id;
    }

    /** Takes a submitted application through review and acceptance to active, as the coordinator. */
    private void activate(long applicationId) {
        signInAs(COORDINATOR);
        applications.startReview(applicationId, version(applicationId));
        applications.decide(applicationId, version(applicationId), true, null, null);
        applications.activate(applicationId, version(applicationId));
    }

    private String activeVolunteer(String name) {
        String email = newAccount(name, Role.BENEFICIARY);
        activate(submittedApplication(email, name));
        return email;
    }

    private static OpportunityDraft draft(String title, int seats, LocalDateTime start, int hours, Skill... skills) {
        return new OpportunityDraft(title, "وصف الفرصة", Interest.EVENTS, start, start.plusHours(hours),
                MeetingMode.IN_PERSON, "مقر الجمعية", seats, Set.of(skills));
    }

    private static LocalDateTime nextSaturdayAt(int hour) {
        LocalDate day = LocalDate.now(PortalDates.ZONE).plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(hour, 0);
    }

    /** The opportunity took place: its times move into the past, as if the days had gone by. */
    private void takesPlace(long opportunityId) {
        jdbc.update("update opportunity set starts_at = date_sub(utc_timestamp(6), interval 3 day), "
                + "ends_at = date_add(date_sub(utc_timestamp(6), interval 3 day), interval 3 hour) where id = ?",
                opportunityId);
    }

    // ---------------------------------------------------------------- applications

    @Test
    void aPersonAppliesFromHomeAndTheCoordinatorTakesItToActive() {
        String email = newAccount("هيا عبدالله السبيعي", Role.BENEFICIARY);
        long id = submittedApplication(email, "هيا عبدالله السبيعي");
        ApplicationView mine = applications.mine().orElseThrow();
        assertThat(mine.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(mine.reference()).matches("VOL-\\d{4}-\\d{6}");
        assertThat(jdbc.queryForObject("select consent_version from volunteer_application where id = ?", String.class,
                id)).isEqualTo(VolunteerApplications.CONSENT_VERSION);

        signInAs(COORDINATOR);
        assertThat(applications.queue(ApplicationQueueFilter.none(), 0, 200)).extracting(ApplicationQueueRow::id)
                .contains(id);
        applications.startReview(id, version(id));
        LocalDateTime interview = LocalDateTime.now(PortalDates.ZONE).plusDays(3).withNano(0);
        applications.scheduleInterview(id, version(id), interview, MeetingMode.REMOTE, "https://meet.example.org/v1");
        applications.postMessage(id, "نرحب بك في المقابلة، وتستغرق نصف ساعة.");
        applications.addNote(id, "خبرة جيدة في الحملات");
        applications.decide(id, version(id), true, "نتطلع للعمل معك", "قوية في التواصل");
        double activeBefore = meters.get("portal.volunteers.active").gauge().value();
        applications.activate(id, version(id));
        assertThat(meters.get("portal.volunteers.active").gauge().value()).isEqualTo(activeBefore + 1);
        assertThat(meters.get("portal.volunteers.applications").tag("state", "ACTIVE").counter().count())
                .isPositive();

        // The free text about the person is sealed at rest, every column of it, bound to its row.
        java.util.Map<String, Object> row = jdbc.queryForMap(
                "select experience, motivation, decision_reason from volunteer_application where id = ?", id);
        List<String> free = new java.util.ArrayList<>(row.values().stream().map(String::valueOf).toList());
        free.addAll(jdbc.queryForList("select note from volunteer_application_audit where application_id = ? "
                + "and note is not null", String.class, id));
        free.addAll(jdbc.queryForList("select internal_note from volunteer_application_audit where application_id = ? "
                + "and internal_note is not null", String.class, id));
        free.addAll(jdbc.queryForList("select body from volunteer_message where application_id = ?", String.class, id));
        free.addAll(jdbc.queryForList("select body from volunteer_note where application_id = ?", String.class, id));
        assertThat(free).hasSizeGreaterThanOrEqualTo(7).allSatisfy(v -> assertThat(v).startsWith("enc2:").doesNotContain("حملات")
                .doesNotContain("مجتمعي").doesNotContain("نتطلع").doesNotContain("التواصل").doesNotContain("المقابلة"));

        StaffApplicationView staff = applications.findForStaff(id).orElseThrow();
        assertThat(staff.mirror().profile().experience()).isEqualTo("سنتان في حملات توعية");
        assertThat(staff.mirror().profile().motivation()).isEqualTo("أحب أن أخدم مجتمعي");
        assertThat(staff.notes()).extracting(ThreadMessage::body).containsExactly("خبرة جيدة في الحملات");
        assertThat(staff.audit()).anySatisfy(line -> assertThat(line.internalNote()).isEqualTo("قوية في التواصل"));
        assertThat(staff.actions()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from access_log where record_kind = 'VOLUNTEER_APPLICATION'"
                + " and record_id = ?", Integer.class, id)).isOne();
        assertThat(events.stream(VolunteerApplicationDecided.class).filter(e -> e.applicationId() == id))
                .singleElement().satisfies(e -> assertThat(e.accepted()).isTrue());

        signInAs(email);
        ApplicationView active = applications.mine().orElseThrow();
        assertThat(active.state()).isEqualTo(ApplicationState.ACTIVE);
        assertThat(active.interviewAt()).isEqualTo(interview.atZone(PortalDates.ZONE).toInstant());
        assertThat(active.interviewLocation()).isEqualTo("https://meet.example.org/v1");
        assertThat(active.timeline()).extracting(ApplicationView.TimelineEntry::to).containsExactly(
                ApplicationState.SUBMITTED, ApplicationState.IN_REVIEW, ApplicationState.INTERVIEW,
                ApplicationState.ACCEPTED, ApplicationState.ACTIVE);
        assertThat(active.timeline()).extracting(ApplicationView.TimelineEntry::note)
                .doesNotContain("قوية في التواصل").contains("نتطلع للعمل معك");
        assertThat(active.messages()).extracting(ThreadMessage::body).containsExactly(
                "نرحب بك في المقابلة، وتستغرق نصف ساعة.");
        assertThat(applications.isActiveVolunteer()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from account_role r join account a on a.id = r.account_id "
                + "where a.email = ? and r.role = 'VOLUNTEER'", Integer.class, email)).isOne();
    }

    @Test
    void aDraftKeepsEveryValidValueAndReportsEachWrongOne() {
        signInAs(newAccount("سعد علي القرني", Role.BENEFICIARY));
        long id = applications.startDraft();
        assertThat(applications.startDraft()).as("the same draft again").isEqualTo(id);
        assertThat(applications.mine().orElseThrow().profile().fullName()).isEqualTo("سعد علي القرني");
        assertThat(applications.saveDraft(id, profile("سعد علي القرني"))).isEmpty();

        VolunteerProfile good = profile("سعد علي القرني");
        VolunteerProfile bad = new VolunteerProfile("سعد", "1234567890", LocalDate.now().minusYears(12),
                good.gender(), good.region(), good.city(), "0123", "not-mail", good.education(), good.fieldOfStudy(),
                "x".repeat(2001), good.motivation(), good.skills(), good.languages(),
                Set.of(Interest.SPECIALISED_SUPPORT),
                List.of(new Licence(LicenceKind.PSYCHOLOGIST, "SCFHS-1", "الهيئة السعودية للتخصصات الصحية",
                        LocalDate.now().minusDays(1))),
                List.of(new Availability(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)),
                        new Availability(DayOfWeek.SUNDAY, LocalTime.of(13, 0), LocalTime.of(16, 0)),
                        new Availability(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0))));
        Map<String, String> errors = applications.saveDraft(id, bad);
        assertThat(errors).containsEntry("fullName", "volunteer.fullName.invalid")
                .containsEntry("nationalId", "applicant.nationalId.invalid")
                .containsEntry("birthDate", "volunteer.birthDate.tooYoung")
                .containsEntry("mobile", "validation.mobile")
                .containsEntry("email", "validation.email")
                .containsEntry("experience", "volunteer.text.tooLong")
                .containsEntry("licences.0", "volunteer.licence.expired")
                .containsEntry("availability.1", "volunteer.availability.overlap")
                .containsEntry("availability.2", "volunteer.availability.order");
        VolunteerProfile kept = applications.mine().orElseThrow().profile();
        assertThat(kept.fullName()).isEqualTo("سعد علي القرني");
        assertThat(kept.nationalId()).isEqualTo("1000000008");
        assertThat(kept.mobile()).isEqualTo("+966551234567");
        assertThat(kept.experience()).isEqualTo(good.experience());
        assertThat(kept.interests()).containsExactly(Interest.SPECIALISED_SUPPORT);
        assertThat(kept.availability()).as("rows are kept as typed, to be fixed").hasSize(3);

        assertThatThrownBy(() -> applications.submit(id, true)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("licences.0", "volunteer.licence.expired")
                        .containsEntry("licences", "volunteer.licence.requiredForSpecialised")
                        .containsEntry("availability.1", "volunteer.availability.overlap")
                        .containsEntry("documents.CV", "document.missing"));
        assertThat(applications.mine().orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);

        // Arabic-Indic digits and a +966 mobile are read as typed on Arabic keyboards.
        VolunteerProfile typed = new VolunteerProfile(good.fullName(), "١٠٠٠٠٠٠٠٠٨", good.birthDate(), good.gender(),
                good.region(), good.city(), "+966 55 123 4567", good.email(), good.education(), good.fieldOfStudy(),
                good.experience(), good.motivation(), good.skills(), good.languages(), good.interests(), List.of(),
                good.availability());
        assertThat(applications.saveDraft(id, typed)).isEmpty();
    }

    @Test
    void submissionNeedsTheRequiredFieldsACvAndConsent() {
        signInAs(newAccount("منيرة سالم الحربي", Role.BENEFICIARY));
        long id = applications.startDraft();
        assertThatThrownBy(() -> applications.submit(id, false)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("nationalId", "birthDate", "gender", "region", "city",
                        "education", "motivation", "skills", "languages", "interests", "availability", "documents.CV",
                        "consent"));
        applications.saveDraft(id, profile("منيرة سالم الحربي"));
        applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf());
        assertThatThrownBy(() -> applications.submit(id, false)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("consent"));
        assertThat(applications.submit(id, true).reference()).startsWith("VOL-");
        assertThat(applications.mine().orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
        // Submitted: the profile and documents are fixed.
        assertThatThrownBy(() -> applications.saveDraft(id, profile("منيرة سالم الحربي")))
                .isInstanceOfSatisfying(VolunteeringRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("volunteer.refused.state"));
        assertThatThrownBy(() -> applications.addDocument(id, DocumentKind.CERTIFICATE, "c.pdf", Samples.pdf()))
                .isInstanceOf(VolunteeringRefused.class);
    }

    @Test
    void documentsAreCheckedByWhatTheyAreNotWhatTheyAreCalled() {
        signInAs(newAccount("ريم ناصر الدوسري", Role.BENEFICIARY));
        long id = applications.startDraft();
        assertThatThrownBy(() -> applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.notAPdf()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("documents.CV", "document.type"));
        assertThatThrownBy(() -> applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.png()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("documents.CV", "document.mismatch"));
        assertThatThrownBy(() -> applications.addDocument(id, DocumentKind.CV, "cv.pdf", new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("documents.CV", "document.empty"));
        byte[] huge = new byte[(int) applications.maxDocumentBytes() + 1];
        System.arraycopy(Samples.pdf(), 0, huge, 0, Samples.pdf().length);
        assertThatThrownBy(() -> applications.addDocument(id, DocumentKind.CV, "cv.pdf", huge))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("documents.CV", "document.tooLarge"));
        VolunteerDocumentInfo stored = applications.addDocument(id, DocumentKind.LICENCE, "../../etc/رخصة.PNG",
                Samples.png());
        assertThat(stored.fileName()).isEqualTo("رخصة.PNG");
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(applications.document(id, stored.id()).content()).isEqualTo(Samples.png());
        byte[] raw = jdbc.queryForObject("select content from volunteer_document_content where document_id = ?",
                byte[].class, stored.id());
        assertThat(new String(raw, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .as("encrypted at rest, bound to the document").isEqualTo("ENC2");
        applications.removeDocument(id, stored.id());
        assertThat(applications.mine().orElseThrow().documents()).isEmpty();
    }

    @Test
    void aCvUploadedAgainReplacesTheOneBeforeWhileCertificatesAddUp() {
        signInAs(newAccount("هيفاء عادل القحطاني", Role.BENEFICIARY));
        long id = applications.startDraft();
        long first = applications.addDocument(id, DocumentKind.CV, "cv-1.pdf", Samples.pdf()).id();
        applications.addDocument(id, DocumentKind.CV, "cv-2.pdf", Samples.pdf());
        applications.addDocument(id, DocumentKind.CV, "cv-3.pdf", Samples.pdf());
        applications.addDocument(id, DocumentKind.CERTIFICATE, "c-1.pdf", Samples.pdf());
        applications.addDocument(id, DocumentKind.CERTIFICATE, "c-2.pdf", Samples.pdf());
        assertThat(applications.mine().orElseThrow().documents())
                .extracting(VolunteerDocumentInfo::kind, VolunteerDocumentInfo::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentKind.CV, "cv-3.pdf"),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.CERTIFICATE, "c-1.pdf"),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.CERTIFICATE, "c-2.pdf"));
        assertThat(jdbc.queryForObject("select count(*) from volunteer_document_content where document_id = ?",
                Integer.class, first)).as("the replaced CV's bytes are gone too").isZero();
        assertThatThrownBy(() -> applications.document(id, first)).isInstanceOf(VolunteeringNotFound.class);
    }

    @Test
    void nobodyElseReachesAnApplicationAndTheCoordinatorNeverSeesADraft() {
        String owner = newAccount("لمى فهد العنزي", Role.BENEFICIARY);
        long submitted = submittedApplication(owner, "لمى فهد العنزي");
        long documentId = applications.mine().orElseThrow().documents().getFirst().id();
        String draftOwner = newAccount("نوف خالد المطيري", Role.BENEFICIARY);
        signInAs(draftOwner);
        long draft = applications.startDraft();

        signInAs(newAccount("عبير سعد الشهري", Role.BENEFICIARY));
        for (long id : List.of(submitted, draft, 99_999_999L)) {
            assertThatThrownBy(() -> applications.saveDraft(id, profile("عبير سعد الشهري")))
                    .isInstanceOf(VolunteeringNotFound.class);
            assertThatThrownBy(() -> applications.submit(id, true)).isInstanceOf(VolunteeringNotFound.class);
            assertThatThrownBy(() -> applications.withdraw(id, 0)).isInstanceOf(VolunteeringNotFound.class);
            assertThatThrownBy(() -> applications.postMessage(id, "مرحبا")).isInstanceOf(VolunteeringNotFound.class);
            assertThatThrownBy(() -> applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf()))
                    .isInstanceOf(VolunteeringNotFound.class);
        }
        assertThatThrownBy(() -> applications.document(submitted, documentId)).isInstanceOf(VolunteeringNotFound.class);
        assertThatThrownBy(() -> applications.removeDocument(submitted, documentId))
                .isInstanceOf(VolunteeringNotFound.class);
        assertThatThrownBy(() -> applications.queue(ApplicationQueueFilter.none(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.findForStaff(submitted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.startReview(submitted, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.addNote(submitted, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.publish(draft("فرصة", 3, nextSaturdayAt(10), 2)))
                .isInstanceOf(AccessDeniedException.class);

        signInAs(OFFICER);
        assertThatThrownBy(() -> applications.findForStaff(submitted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.document(submitted, documentId)).isInstanceOf(VolunteeringNotFound.class);

        signInAs(COORDINATOR);
        assertThat(applications.findForStaff(draft)).as("a draft is the volunteer's own").isEmpty();
        assertThat(applications.queue(ApplicationQueueFilter.none(), 0, 200)).extracting(ApplicationQueueRow::id)
                .doesNotContain(draft);
        assertThat(applications.document(submitted, documentId).content()).isEqualTo(Samples.pdf());
        // A document of one application asked for through another's id is not found.
        assertThatThrownBy(() -> applications.document(draft, documentId)).isInstanceOf(VolunteeringNotFound.class);
    }

    @Test
    void applyingTwiceIsRefusedUntilTheApplicationIsClosed() {
        String email = newAccount("غادة محمد الزهراني", Role.BENEFICIARY);
        long id = submittedApplication(email, "غادة محمد الزهراني");
        assertThatThrownBy(applications::startDraft).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("volunteer.alreadyApplied"));

        signInAs(COORDINATOR);
        applications.startReview(id, version(id));
        assertThatThrownBy(() -> applications.decide(id, version(id), false, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "volunteer.decision.reasonRequired"));
        applications.decide(id, version(id), false, "لا تتوفر فرص تناسب الأوقات المتاحة حاليًا", null);

        signInAs(email);
        assertThat(applications.mine().orElseThrow().decisionReason()).contains("لا تتوفر فرص");
        long again = applications.startDraft();
        assertThat(again).isNotEqualTo(id);
        assertThat(applications.mine().orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void theCoordinatorsStepsAreCheckedInterviewsLieAheadAndNothingIsOverwritten() {
        String email = newAccount("دانة سعود الغامدي", Role.BENEFICIARY);
        long id = submittedApplication(email, "دانة سعود الغامدي");
        signInAs(COORDINATOR);
        long stale = version(id);
        assertThatThrownBy(() -> applications.activate(id, stale)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("volunteer.refused.state"));
        applications.startReview(id, stale);
        assertThatThrownBy(() -> applications.startReview(id, stale)).isInstanceOf(ChangedMeanwhile.class);
        assertThatThrownBy(() -> applications.scheduleInterview(id, version(id),
                LocalDateTime.now(PortalDates.ZONE).minusHours(1), MeetingMode.IN_PERSON, "مقر الجمعية"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("interviewAt", "volunteer.interview.past"));
        assertThatThrownBy(() -> applications.scheduleInterview(id, version(id),
                LocalDateTime.now(PortalDates.ZONE).plusDays(2), MeetingMode.REMOTE, "javascript:alert(1)"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("interviewLocation", "volunteer.interview.link"));
        LocalDateTime first = LocalDateTime.now(PortalDates.ZONE).plusDays(2).withNano(0);
        applications.scheduleInterview(id, version(id), first, MeetingMode.IN_PERSON, "مقر الجمعية، حي الملقا");
        applications.scheduleInterview(id, version(id), first.plusDays(1), MeetingMode.IN_PERSON, "مقر الجمعية");

        signInAs(email);
        ApplicationView mine = applications.mine().orElseThrow();
        assertThat(mine.interviewAt()).isEqualTo(first.plusDays(1).atZone(PortalDates.ZONE).toInstant());
        assertThat(mine.timeline().getLast().isReschedule()).isTrue();
        applications.withdraw(id, mine.version());
        assertThat(applications.mine().orElseThrow().state()).isEqualTo(ApplicationState.WITHDRAWN);
    }

    // ---------------------------------------------------------------- opportunities and hours

    @Test
    void anActiveVolunteerSeesWhatFitsFirstJoinsAndWithdraws() {
        signInAs(COORDINATOR);
        long fitting = opportunities.publish(draft("ركن توعوي يوم السبت", 5, nextSaturdayAt(10), 3,
                Skill.PUBLIC_SPEAKING));
        long notFitting = opportunities.publish(draft("تصميم مطويات", 5, nextSaturdayAt(10).plusDays(1), 2,
                Skill.GRAPHIC_DESIGN));
        String volunteer = activeVolunteer("أمل ناصر القحطاني");

        signInAs(volunteer);
        List<OpportunityCard> offers = opportunities.offers();
        List<Long> ids = offers.stream().map(c -> c.opportunity().id()).toList();
        assertThat(ids).contains(fitting, notFitting);
        assertThat(ids.indexOf(fitting)).isLessThan(ids.indexOf(notFitting));
        OpportunityCard card = offers.get(ids.indexOf(fitting));
        assertThat(card.matchesSkills()).isTrue();
        assertThat(card.fitsAvailability()).isTrue();
        assertThat(offers.get(ids.indexOf(notFitting)).matchesSkills()).isFalse();

        long enrolment = opportunities.apply(fitting);
        assertThatThrownBy(() -> opportunities.apply(fitting)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("opportunity.alreadyApplied"));
        assertThat(opportunities.commitments()).extracting(Commitment::enrolmentId).contains(enrolment);
        opportunities.withdraw(enrolment, enrolmentVersion(enrolment));
        signInAs(COORDINATOR);
        assertThat(opportunities.find(fitting).seatsTaken()).isZero();
        signInAs(volunteer);
        assertThat(opportunities.apply(fitting)).as("after withdrawing, the same place again").isEqualTo(enrolment);

        signInAs(newAccount("شخص ليس متطوعا", Role.BENEFICIARY));
        assertThatThrownBy(() -> opportunities.apply(fitting)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("volunteer.notActive"));
        assertThatThrownBy(opportunities::offers).isInstanceOf(VolunteeringRefused.class);
        assertThatThrownBy(() -> opportunities.withdraw(enrolment, enrolmentVersion(enrolment)))
                .isInstanceOf(VolunteeringNotFound.class);
        assertThatThrownBy(() -> opportunities.logHours(enrolment, enrolmentVersion(enrolment), BigDecimal.ONE, null))
                .isInstanceOf(VolunteeringNotFound.class);
    }

    @Test
    void theCoordinatorsOpportunityIsCheckedAndItsSeatsNeverOverfill() {
        signInAs(COORDINATOR);
        LocalDateTime start = nextSaturdayAt(9);
        assertThatThrownBy(() -> opportunities.publish(new OpportunityDraft(" ", null, null,
                LocalDateTime.now(PortalDates.ZONE).minusDays(1), LocalDateTime.now(PortalDates.ZONE).minusDays(2),
                MeetingMode.REMOTE, "zoom", 0, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("title", "field.required").containsEntry("description", "field.required")
                        .containsEntry("interest", "field.required")
                        .containsEntry("startsAt", "opportunity.startsAt.past")
                        .containsEntry("endsAt", "opportunity.endsAt.beforeStart")
                        .containsEntry("location", "volunteer.interview.link")
                        .containsEntry("seats", "opportunity.seats.range"));
        long id = opportunities.publish(draft("فرصة بمقعد واحد", 1, start, 2));
        String first = activeVolunteer("جود فيصل العمري");
        String second = activeVolunteer("رنا طلال الحربي");
        signInAs(first);
        opportunities.apply(id);
        signInAs(second);
        assertThatThrownBy(() -> opportunities.apply(id)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("opportunity.full"));

        signInAs(COORDINATOR);
        long seen = opportunityVersion(id);
        assertThatThrownBy(() -> opportunities.update(id, seen, draft("فرصة بلا مقاعد", 0, start, 2)))
                .isInstanceOf(InvalidInputException.class);
        opportunities.update(id, seen, draft("فرصة بمقعدين", 2, start, 2));
        assertThatThrownBy(() -> opportunities.update(id, seen, draft("تعديل قديم", 2, start, 2)))
                .isInstanceOf(ChangedMeanwhile.class);
        signInAs(second);
        opportunities.apply(id);
        signInAs(COORDINATOR);
        long full = opportunityVersion(id);
        assertThatThrownBy(() -> opportunities.update(id, full, draft("فرصة بمقعد", 1, start, 2)))
                .isInstanceOfSatisfying(VolunteeringRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opportunity.seats.belowTaken"));
        EnrolmentRow declined = opportunities.enrolments(id).getLast();
        opportunities.decline(declined.id(), declined.version());
        assertThat(opportunities.find(id).seatsTaken()).isOne();
        signInAs(second);
        assertThatThrownBy(() -> opportunities.apply(id)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("opportunity.declined"));

        signInAs(COORDINATOR);
        opportunities.cancel(id, opportunityVersion(id));
        assertThat(opportunities.enrolments(id)).extracting(EnrolmentRow::state)
                .containsExactly(EnrolmentState.CANCELLED, EnrolmentState.DECLINED);
        assertThat(events.stream(EnrolmentChanged.class).filter(e -> e.state() == EnrolmentState.CANCELLED))
                .isNotEmpty();
    }

    @Test
    void twoVolunteersTakingTheLastSeatAtTheSameMomentGetOneSeat() throws Exception {
        signInAs(COORDINATOR);
        long id = opportunities.publish(draft("المقعد الأخير", 1, nextSaturdayAt(11), 2));
        String first = activeVolunteer("سارة علي الشمري");
        String second = activeVolunteer("مها سعيد اليامي");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = pool.invokeAll(List.of(race(first, id, start), race(second, id, start))
                    .stream().map(c -> (Callable<String>) () -> {
                        start.countDown();
                        return c.call();
                    }).toList());
            List<String> results = outcomes.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(results).containsExactlyInAnyOrder("seat", "opportunity.full");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select seats_taken from opportunity where id = ?", Integer.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from opportunity_enrolment where opportunity_id = ? "
                + "and state in ('APPLIED', 'ACCEPTED')", Integer.class, id)).isOne();
    }

    private Callable<String> race(String email, long opportunityId, CountDownLatch start) {
        return () -> {
            start.await();
            signInAs(email);
            try {
                opportunities.apply(opportunityId);
                return "seat";
            } catch (VolunteeringRefused refused) {
                return refused.messageKey();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    @Test
    void hoursAreLoggedConfirmedAndCertifiedAndAnyoneCanCheckTheCertificate() {
        signInAs(COORDINATOR);
        long id = opportunities.publish(draft("يوم مفتوح للأسر", 5, nextSaturdayAt(12), 3));
        String volunteer = activeVolunteer("وعد حمد الدوسري");
        signInAs(volunteer);
        long enrolment = opportunities.apply(id);
        assertThatThrownBy(() -> opportunities.logHours(enrolment, enrolmentVersion(enrolment), BigDecimal.ONE, null))
                .isInstanceOfSatisfying(VolunteeringRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opportunity.refused.state"));
        signInAs(COORDINATOR);
        opportunities.accept(enrolment, enrolmentVersion(enrolment));
        signInAs(volunteer);
        assertThatThrownBy(() -> opportunities.logHours(enrolment, enrolmentVersion(enrolment), BigDecimal.ONE, null))
                .isInstanceOfSatisfying(VolunteeringRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hours.notStarted"));
        assertThatThrownBy(certificates::issue).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("certificate.noHours"));

        takesPlace(id);
        assertThatThrownBy(() -> opportunities.withdraw(enrolment, enrolmentVersion(enrolment)))
                .isInstanceOfSatisfying(VolunteeringRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opportunity.refused.started"));
        assertThatThrownBy(() -> opportunities.logHours(enrolment, enrolmentVersion(enrolment), new BigDecimal("-2"),
                null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("hours", "hours.positive"));
        assertThatThrownBy(() -> opportunities.logHours(enrolment, enrolmentVersion(enrolment), new BigDecimal("3.5"),
                null)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("hours.tooMany"));
        assertThatThrownBy(() -> opportunities.logHours(enrolment, enrolmentVersion(enrolment),
                new BigDecimal("1e9"), null)).isInstanceOf(InvalidInputException.class);
        opportunities.logHours(enrolment, enrolmentVersion(enrolment), new BigDecimal("3"), "نظمت الاستقبال");
        assertThat(opportunities.myHours().awaitingMinutes()).isEqualTo(180);

        signInAs(COORDINATOR);
        assertThat(opportunities.enrolments(id)).singleElement().satisfies(row -> {
            assertThat(row.loggedMinutes()).isEqualTo(180);
            assertThat(row.loggedNote()).isEqualTo("نظمت الاستقبال");
        });
        double before = meters.get("portal.volunteers.hours.confirmed").counter().count();
        opportunities.confirmHours(enrolment, enrolmentVersion(enrolment), new BigDecimal("2.5"));
        assertThat(meters.get("portal.volunteers.hours.confirmed").counter().count()).isEqualTo(before + 2.5);
        assertThatThrownBy(() -> opportunities.confirmHours(enrolment, enrolmentVersion(enrolment), BigDecimal.ONE))
                .isInstanceOfSatisfying(VolunteeringRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hours.alreadyConfirmed"));
        assertThat(events.stream(VolunteerHoursConfirmed.class).filter(e -> e.enrolmentId() == enrolment))
                .singleElement().satisfies(e -> assertThat(e.minutes()).isEqualTo(150));

        signInAs(volunteer);
        HoursSummary hours = opportunities.myHours();
        assertThat(hours.confirmedMinutes()).isEqualTo(150);
        assertThat(hours.confirmedHoursText()).isEqualTo("2.5");
        CertificateView certificate = certificates.issue();
        assertThat(certificate.volunteerName()).isEqualTo("وعد حمد الدوسري");
        assertThat(certificate.hoursText()).isEqualTo("2.5");
        assertThat(certificates.issue().code()).as("nothing changed, the same certificate").isEqualTo(
                certificate.code());
        assertThat(certificates.pdf(certificate.id(), Locale.forLanguageTag("ar")).content())
                .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        SecurityContextHolder.clearContext();
        assertThat(certificates.verify(certificate.code().toLowerCase(Locale.ROOT).replace("-", " ")))
                .hasValueSatisfying(v -> assertThat(v.volunteerName()).isEqualTo("وعد حمد الدوسري"));
        // Typed on an Arabic keyboard, its digits are Arabic-Indic.
        String arabicDigits = certificate.code().chars().mapToObj(c -> Character.isDigit(c)
                ? String.valueOf((char) ('\u0660' + c - '0')) : String.valueOf((char) c)).collect(Collectors.joining());
        assertThat(certificates.verify(arabicDigits)).isPresent();
        assertThat(certificates.verify("ABCDE-FGHJK")).isEmpty();
        assertThat(certificates.verify("<script>")).isEmpty();
        assertThat(certificates.verify("x".repeat(1000))).isEmpty();

        signInAs(activeVolunteer("شخص آخر متطوع"));
        assertThat(certificates.findMine(certificate.id())).isEmpty();
        assertThatThrownBy(() -> certificates.pdf(certificate.id(), Locale.ENGLISH))
                .isInstanceOf(VolunteeringNotFound.class);

        // After the holder's erasure the printed code still says it was issued, and when, but no more.
        SecurityContextHolder.clearContext();
        assertThat(certificates.check(certificate.code()).status()).isEqualTo(CertificateCheck.Status.VALID);
        long holder = jdbc.queryForObject("select account_id from volunteer_certificate where code = ?", Long.class,
                certificate.code());
        personalData.erase(holder);
        assertThat(certificates.verify(certificate.code())).isEmpty();
        CertificateCheck erased = certificates.check(certificate.code().toLowerCase(Locale.ROOT));
        assertThat(erased.status()).isEqualTo(CertificateCheck.Status.HOLDER_ERASED);
        assertThat(erased.certificate()).isNull();
        assertThat(erased.issuedAt()).isCloseTo(certificate.issuedAt(), within(1, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(certificates.check("ABCDE-FGHJK").status()).isEqualTo(CertificateCheck.Status.UNKNOWN);
        assertThat(new org.eshraqa.testsupport.PublicPageClient().get("/certificates/verify/" + certificate.code())
                .body()).contains("id=\"certificate-erased\"").doesNotContain("وعد حمد الدوسري");
    }

    @Test
    void anAbsentVolunteerLogsNoHours() {
        signInAs(COORDINATOR);
        long id = opportunities.publish(draft("ورشة قصيرة", 3, nextSaturdayAt(15), 2));
        String volunteer = activeVolunteer("بشاير ماجد العتيبي");
        signInAs(volunteer);
        long enrolment = opportunities.apply(id);
        signInAs(COORDINATOR);
        opportunities.accept(enrolment, enrolmentVersion(enrolment));
        assertThatThrownBy(() -> opportunities.markAttendance(enrolment, enrolmentVersion(enrolment),
                Attendance.ABSENT)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("hours.notStarted"));
        takesPlace(id);
        opportunities.markAttendance(enrolment, enrolmentVersion(enrolment), Attendance.ABSENT);
        signInAs(volunteer);
        assertThatThrownBy(() -> opportunities.logHours(enrolment, enrolmentVersion(enrolment), BigDecimal.ONE, null))
                .isInstanceOfSatisfying(VolunteeringRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hours.absent"));
        assertThat(opportunities.commitments()).filteredOn(c -> c.enrolmentId() == enrolment).singleElement()
                .satisfies(c -> assertThat(c.canLogHours()).isFalse());
    }
}
