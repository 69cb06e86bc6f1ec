package org.eshraqa.portal.volunteering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.portal.volunteering.ApplicationQueueRow;
import org.eshraqa.portal.volunteering.Certificates;
import org.eshraqa.portal.volunteering.DocumentKind;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.OpportunityDraft;
import org.eshraqa.portal.volunteering.Skill;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.eshraqa.testsupport.PublicPageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Volunteering pages driven as each person does: a visitor, an applicant filling in the form, the
 * coordinator working the application and an opportunity, an active volunteer joining it, logging
 * hours and verifying the certificate; and everyone else kept out.
 */
class VolunteerViewsTest extends PortalBrowserlessTest {

    static final String COORDINATOR = "coordinator@demo.eshraqa.org.sa";

    @Autowired VolunteerApplications applications;
    @Autowired Opportunities opportunities;
    @Autowired Certificates certificates;
    @Autowired JdbcTemplate jdbc;

    private static VolunteerProfile profile(String name) {
        return new VolunteerProfile(name, "1000000008", LocalDate.of(1990, 5, 2),
                org.eshraqa.portal.volunteering.Gender.FEMALE, org.eshraqa.portal.shared.Region.MAKKAH, "جدة",
                "0551234567", "form.test@example.org", org.eshraqa.portal.volunteering.Education.MASTER,
                "الإرشاد النفسي", null, "أريد المساعدة", Set.of(Skill.PUBLIC_SPEAKING),
                Set.of(org.eshraqa.portal.volunteering.SpokenLanguage.ARABIC), Set.of(Interest.EVENTS), List.of(),
                List.of(new org.eshraqa.portal.volunteering.Availability(DayOfWeek.SATURDAY, LocalTime.of(8, 0),
                        LocalTime.of(22, 0))));
    }

    /** A new person whose application was submitted through the service; the test stays signed in as them. */
    private long submitted(String name) {
        String email = newAccount(name, Role.BENEFICIARY);
        signInAs(email);
        long id = applications.startDraft();
        applications.saveDraft(id, profile(name));
        applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf());
        applications.submit(id, true);
        return id;
    }

    private long version(long applicationId) {
        return jdbc.queryForObject("select version from volunteer_application where id = ?", Long.class, applicationId);
    }

    @Test
    void aVisitorLearnsWhatVolunteersDoAndHowToStart() {
        navigate(VolunteerHubView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("خدمة التطوع");
        assertThat($(Anchor.class).withId("volunteer-register").single().getHref()).isEqualTo("register");
        assertThat($(Button.class).withId("volunteer-start").all()).isEmpty();
        assertSentToSignIn("volunteer/apply");
    }

    @Test
    void anApplicantFillsInTheFormNothingTypedIsLostAndTheApplicationIsSent() {
        signInAs(newAccount("هند سالم البقمي", Role.BENEFICIARY));
        navigate(VolunteerHubView.class);
        test($(Button.class).withId("volunteer-start").single()).click();
        assertThat(getCurrentView()).isInstanceOf(VolunteerFormView.class);
        assertThat($(TextField.class).withId("fullName").single().getValue()).isEqualTo("هند سالم البقمي");

        TextField nationalId = $(TextField.class).withId("nationalId").single();
        test(nationalId).setValue("1234567890");
        assertThat(nationalId.isInvalid()).isTrue();
        assertThat(nationalId.getErrorMessage()).isNotBlank();
        test(nationalId).setValue("1000000008");
        assertThat(nationalId.isInvalid()).isFalse();
        test($(TextField.class).withId("birthDate").single()).setValue("9/4/1992");
        test($(ComboBox.class).withId("gender").single()).selectItem("أنثى");
        test($(ComboBox.class).withId("region").single()).selectItem("مكة المكرمة");
        test($(TextField.class).withId("city").single()).setValue("الطائف");
        test($(TextField.class).withId("mobile").single()).setValue("٠٥٥١٢٣٤٥٦٧");
        test($(ComboBox.class).withId("education").single()).selectItem("البكالوريوس");
        test($(CheckboxGroup.class).withId("skills").single()).selectItem("الإلقاء والتوعية");
        test($(CheckboxGroup.class).withId("languages").single()).selectItem("العربية");
        test($(CheckboxGroup.class).withId("interests").single()).selectItem("الفعاليات");
        test($(TextArea.class).withId("motivation").single()).setValue("أحب تنظيم الفعاليات للأسر");

        // Two times that overlap: the second row says so, and both stay on the form.
        test($(ComboBox.class).withId("availability-0-day").single()).selectItem(
                DayOfWeek.SATURDAY.getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("ar")));
        test($(TimePicker.class).withId("availability-0-from").single()).setValue(LocalTime.of(9, 0));
        test($(TimePicker.class).withId("availability-0-to").single()).setValue(LocalTime.of(13, 0));
        test($(Button.class).withId("add-availability").single()).click();
        test($(ComboBox.class).withId("availability-1-day").single()).selectItem(
                DayOfWeek.SATURDAY.getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("ar")));
        test($(TimePicker.class).withId("availability-1-from").single()).setValue(LocalTime.of(12, 0));
        test($(TimePicker.class).withId("availability-1-to").single()).setValue(LocalTime.of(15, 0));
        Paragraph overlap = $(Paragraph.class).withId("availability-1-error").single();
        assertThat(overlap.isVisible()).isTrue();
        assertThat(overlap.getText()).isEqualTo("هذا الوقت يتداخل مع وقت آخر في اليوم نفسه.");
        test($(TimePicker.class).withId("availability-1-from").single()).setValue(LocalTime.of(16, 0));
        test($(TimePicker.class).withId("availability-1-to").single()).setValue(LocalTime.of(19, 0));
        assertThat($(Paragraph.class).withId("availability-1-error").all()).as("no longer shown").isEmpty();

        // A script named .pdf is refused; the real CV is kept.
        test($(Upload.class).withId("documents-cv-upload").single()).upload("cv.pdf", "application/pdf",
                Samples.notAPdf());
        assertThat($(Paragraph.class).withId("documents-cv-error").single().isVisible()).isTrue();
        test($(Upload.class).withId("documents-cv-upload").single()).upload("cv.pdf", "application/pdf",
                Samples.pdf());
        assertThat($(Paragraph.class).withId("documents-cv-error").all()).as("no longer shown").isEmpty();

        // Without consent nothing is sent, and everything typed is still there.
        test($(Button.class).withId("volunteer-submit").single()).click();
        assertThat(getCurrentView()).isInstanceOf(VolunteerFormView.class);
        assertThat($(Checkbox.class).withId("volunteer-consent").single().isInvalid()).isTrue();
        assertThat($(Paragraph.class).withId("volunteer-form-error").single().isVisible()).isTrue();
        assertThat($(TextArea.class).withId("motivation").single().getValue()).isEqualTo("أحب تنظيم الفعاليات للأسر");

        // The draft survives a new page (a closed browser).
        navigate(VolunteerHubView.class);
        assertThat($(Anchor.class).withId("volunteer-continue").single().getHref()).isEqualTo("volunteer/apply");
        navigate(VolunteerFormView.class);
        assertThat($(TextField.class).withId("city").single().getValue()).isEqualTo("الطائف");
        assertThat($(TimePicker.class).withId("availability-1-from").single().getValue()).isEqualTo(LocalTime.of(16, 0));

        test($(Checkbox.class).withId("volunteer-consent").single()).click();
        test($(Button.class).withId("volunteer-submit").single()).click();
        assertThat(getCurrentView()).isInstanceOf(VolunteerHubView.class);
        assertThat($(Span.class).withId("volunteer-state").single().getText()).isEqualTo("مُقدَّم، بانتظار المراجعة");
        // Sent: the form is closed to changes.
        navigate("volunteer/apply", VolunteerHubView.class);
    }

    @Test
    void theCoordinatorReviewsInterviewsAcceptsAndActivatesInTheMirror() {
        long id = submitted("جواهر فهد المالكي");
        signInAs(COORDINATOR);
        navigate(ApplicationQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationQueueRow> grid = $(Grid.class).withId("volunteer-grid").single();
        assertThat(grid.getGenericDataView().getItems().map(ApplicationQueueRow::id)).contains(id);

        navigate("staff/volunteers/" + id, ApplicationCaseView.class);
        // The coordinator's page speaks to the coordinator, not to the applicant.
        assertThat($(com.vaadin.flow.component.html.Section.class).withId("volunteer-profile").single().getElement()
                .getTextRecursively()).contains("بيانات المتقدم كما أرسلها").doesNotContain("بياناتك");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withId("thread-empty").single().getText())
                .contains("يصل إلى المتقدم");
        test($(Button.class).withId("start-review").single()).click();
        assertThat($(Span.class).withId("volunteer-state").single().getText()).isEqualTo("قيد المراجعة");

        test($(Button.class).withId("schedule-interview").single()).click();
        DateTimePicker at = $(DateTimePicker.class).withId("interview-at").single();
        // The picker offers no past day; a past time that still reaches the server is refused there.
        at.setValue(LocalDateTime.now(PortalDates.ZONE).minusDays(1));
        test($(TextField.class).withId("interview-location").single()).setValue("مقر الجمعية، حي الملقا");
        test($(Button.class).withId("interview-save").single()).click();
        assertThat(at.isInvalid()).isTrue();
        assertThat(at.getErrorMessage()).isEqualTo("اختر موعدًا لم يمضِ بعد.");
        test(at).setValue(LocalDateTime.now(PortalDates.ZONE).plusDays(2).withSecond(0).withNano(0));
        test($(Button.class).withId("interview-save").single()).click();
        assertThat($(Span.class).withId("volunteer-state").single().getText()).isEqualTo("مقابلة مجدولة");

        test($(Button.class).withId("decide").single()).click();
        test($(RadioButtonGroup.class).withId("decide-outcome").single()).selectItem("رفض المتقدم");
        test($(Button.class).withId("decide-record").single()).click();
        TextArea reason = $(TextArea.class).withId("decide-reason").single();
        assertThat(reason.isInvalid()).as("a rejection needs a reason").isTrue();
        test($(RadioButtonGroup.class).withId("decide-outcome").single()).selectItem("قبول المتقدم");
        test(reason).setValue("مرحبًا بك في فريق الفعاليات");
        test($(Button.class).withId("decide-record").single()).click();
        assertThat($(Span.class).withId("volunteer-state").single().getText()).isEqualTo("مقبول");

        test($(Button.class).withId("activate").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Span.class).withId("volunteer-state").single().getText()).isEqualTo("متطوع نشط");
        assertThat(jdbc.queryForObject("select state from volunteer_application where id = ?", String.class, id))
                .isEqualTo("ACTIVE");
    }

    @Test
    void theCoordinatorPublishesAnOpportunityAndRefusedInputStaysOnTheForm() {
        signInAs(COORDINATOR);
        navigate(OpportunityListView.class);
        test($(Anchor.class).withId("new-opportunity").single()).click();
        assertThat(getCurrentView()).isInstanceOf(OpportunityEditorView.class);
        test($(TextField.class).withId("opportunity-title").single()).setValue("يوم الأسرة المفتوح");
        assertThat($(TextField.class).withId("opportunity-location").single().getHelperText())
                .startsWith("للفرصة الحضورية").doesNotContain("المقابلة");
        test($(DateTimePicker.class).withId("opportunity-start").single())
                .setValue(LocalDateTime.now(PortalDates.ZONE).minusHours(2));
        test($(Button.class).withId("opportunity-save").single()).click();
        assertThat($(DateTimePicker.class).withId("opportunity-start").single().isInvalid()).isTrue();
        assertThat($(TextArea.class).withId("opportunity-description").single().isInvalid()).isTrue();
        assertThat($(TextField.class).withId("opportunity-title").single().getValue()).isEqualTo("يوم الأسرة المفتوح");

        LocalDateTime start = LocalDateTime.now(PortalDates.ZONE).plusDays(5).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        test($(DateTimePicker.class).withId("opportunity-start").single()).setValue(start);
        test($(DateTimePicker.class).withId("opportunity-end").single()).setValue(start.plusHours(4));
        test($(TextArea.class).withId("opportunity-description").single()).setValue("استقبال الأسر وتعريفها بالخدمات");
        test($(ComboBox.class).withId("opportunity-interest").single()).selectItem("الفعاليات");
        test($(TextField.class).withId("opportunity-location").single()).setValue("حديقة الملك عبدالله");
        test($(IntegerField.class).withId("opportunity-seats").single()).setValue(6);
        test($(Button.class).withId("opportunity-save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(OpportunityEditorView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("يوم الأسرة المفتوح");
        assertThat($(Paragraph.class).withId("no-volunteers").all()).hasSize(1);
    }

    @Test
    void anActiveVolunteerJoinsLogsHoursGetsThemConfirmedAndTheCertificateVerifies() {
        signInAs(COORDINATOR);
        LocalDateTime start = LocalDateTime.now(PortalDates.ZONE).plusDays(3).withHour(16).withMinute(0).withSecond(0)
                .withNano(0);
        long opportunityId = opportunities.publish(new OpportunityDraft("ركن التوعية في الجامعة", "توزيع المطويات",
                Interest.AWARENESS_CAMPAIGNS, start, start.plusHours(3), MeetingMode.IN_PERSON, "جامعة الملك سعود", 4,
                Set.of()));
        long applicationId = submitted("ريما خالد الجهني");
        String volunteer = jdbc.queryForObject("select a.email from account a join volunteer_application v "
                + "on v.account_id = a.id where v.id = ?", String.class, applicationId);
        signInAs(COORDINATOR);
        applications.startReview(applicationId, version(applicationId));
        applications.decide(applicationId, version(applicationId), true, null, null);
        applications.activate(applicationId, version(applicationId));

        signInAs(volunteer);
        navigate(OpportunitiesView.class);
        test($(Button.class).withId("apply-" + opportunityId).single()).click();
        assertThat($(Button.class).withId("withdraw-" + opportunityId).all()).hasSize(1);
        long enrolmentId = jdbc.queryForObject("select id from opportunity_enrolment where opportunity_id = ?",
                Long.class, opportunityId);

        signInAs(COORDINATOR);
        navigate("staff/opportunities/" + opportunityId, OpportunityEditorView.class);
        test($(Button.class).withId("accept-" + enrolmentId).single()).click();
        // The opportunity takes place.
        jdbc.update("update opportunity set starts_at = date_sub(utc_timestamp(6), interval 1 day), "
                + "ends_at = date_add(date_sub(utc_timestamp(6), interval 1 day), interval 3 hour) where id = ?",
                opportunityId);

        signInAs(volunteer);
        navigate(MyHoursView.class);
        BigDecimalField hours = $(BigDecimalField.class).withId("hours-" + enrolmentId).single();
        hours.setValue(new BigDecimal("5"));
        test($(Button.class).withId("log-hours-" + enrolmentId).single()).click();
        assertThat(hours.isInvalid()).as("more than the three hours it lasted").isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("عدد الساعات أكثر من مدة الفرصة.");
        hours.setValue(new BigDecimal("2.5"));
        test($(Button.class).withId("log-hours-" + enrolmentId).single()).click();

        signInAs(COORDINATOR);
        navigate("staff/opportunities/" + opportunityId, OpportunityEditorView.class);
        test($(Button.class).withId("confirm-" + enrolmentId).single()).click();
        BigDecimalField confirmed = $(BigDecimalField.class).withId("confirm-hours-value").single();
        assertThat(confirmed.getValue()).isEqualByComparingTo("2.5");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withTextContaining("الساعات التي سجّلها المتطوع: 2.5")
                .all()).as("the dialog tells the coordinator what the volunteer logged").isNotEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withTextContaining("سجّلتها").all()).isEmpty();
        test($(Button.class).withId("confirm-hours-save").single()).click();

        signInAs(volunteer);
        navigate(MyHoursView.class);
        assertThat($(Paragraph.class).withId("hours-total").single().getText()).contains("2.5");
        test($(Button.class).withId("issue-certificate").single()).click();
        assertThat(getCurrentView()).isInstanceOf(MyCertificateView.class);
        String code = certificates.mine().getFirst().code();
        long certificateId = certificates.mine().getFirst().id();
        assertThat($(Anchor.class).withId("verify-link").single().getHref()).endsWith(code);

        // Anyone, signed in or not, can check it; a forged code is reported as not valid.
        signInAs(BENEFICIARY);
        navigate("volunteer/certificates/" + certificateId, NotFoundView.class);
        PublicPageClient browser = new PublicPageClient();
        assertThat(browser.get("/certificates/verify/" + code).body()).contains("id=\"certificate-valid\"");
        assertThat(browser.get("/certificates/verify/ZZZZZ-99999").body()).contains("id=\"certificate-invalid\"",
                "هذا الرمز غير صحيح: لم تصدر الجمعية شهادة بهذا الرمز.");
    }

    @Test
    void otherPeopleAndForgedIdsFindNothingAndStaffPagesAreClosed() {
        long theirs = submitted("سلمى عادل الرشيدي");
        signInAs(BENEFICIARY);
        navigate("staff/volunteers", NotFoundView.class);
        navigate("staff/volunteers/" + theirs, NotFoundView.class);
        navigate("staff/opportunities", NotFoundView.class);
        navigate("staff/opportunities/new", NotFoundView.class);
        navigate("volunteer/certificates/abc", NotFoundView.class);
        navigate("volunteer/certificates/99999999", NotFoundView.class);
        // The beneficiary's own volunteering page never shows someone else's application.
        navigate(VolunteerHubView.class);
        assertThat($(Span.class).withId("volunteer-state").all()).isEmpty();
        navigate(OpportunitiesView.class);
        assertThat($(Paragraph.class).withId("not-active").all()).hasSize(1);

        signInAs(OFFICER);
        navigate("staff/volunteers/" + theirs, NotFoundView.class);
        signInAs(COORDINATOR);
        navigate("staff/volunteers/abc", NotFoundView.class);
        navigate("staff/volunteers/99999999", NotFoundView.class);
        navigate("staff/opportunities/99999999", NotFoundView.class);
    }

    @Test
    void theVolunteeringPageSpeaksEnglish() {
        String email = newAccount("Maryam Ali", Role.BENEFICIARY);
        signInAs(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(VolunteerHubView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Volunteering service");
        assertThat($(Button.class).withId("volunteer-start").single().getText()).isEqualTo("Apply to volunteer");
        assertThat(new PublicPageClient().get("/certificates/verify?lang=en").body())
                .contains("<h1>Verify a volunteer certificate</h1>");
    }
}
