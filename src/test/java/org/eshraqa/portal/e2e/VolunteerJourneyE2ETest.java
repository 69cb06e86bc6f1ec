package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A volunteer from the first visit to a verified certificate, in real Chromium and in Arabic: a
 * visitor registers and applies from home; the coordinator reviews, interviews, accepts and
 * activates, and publishes an opportunity; the volunteer takes a seat; the coordinator accepts it;
 * after the day the volunteer logs the hours, the coordinator confirms them, and the volunteer
 * downloads the certificate, which anyone can verify.
 */
class VolunteerJourneyE2ETest extends PortalTestBase {

    static final String COORDINATOR = "coordinator@demo.eshraqa.org.sa";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired JdbcTemplate jdbc;

    private final List<String> accessibilityProblems = new ArrayList<>();

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
    }

    private static void check(Page page, String groupId, String label) {
        page.click("#" + groupId + " vaadin-checkbox:has-text('" + label + "') input");
        Browser.settle(page);
    }

    private static void time(Page page, String id, String value) {
        page.fill("#" + id + " input", value);
        page.press("#" + id + " input", "Enter");
        Browser.settle(page);
    }

    /** Types a date as people do and commits it with Enter, which also closes the calendar. */
    private static void date(Page page, String selector, String value) {
        page.fill(selector, value);
        page.press(selector, "Enter");
        Browser.settle(page);
    }

    private static void dateTime(Page page, String id, LocalDate day, String time) {
        date(page, "#" + id + " [slot='date-picker'] input", DAY.format(day));
        page.fill("#" + id + " [slot='time-picker'] input", time);
        page.press("#" + id + " [slot='time-picker'] input", "Enter");
        Browser.settle(page);
    }

    @Test
    void aVisitorBecomesAVolunteerGivesHoursAndGetsAVerifiedCertificate() throws Exception {
        String email = uniqueEmail("lama");
        String password = "Lama-strong-2026";
        String name = "لمى عبدالعزيز الشمري";
        Path cv = Files.createTempFile("cv", ".pdf");
        Files.write(cv, Samples.pdf());
        LocalDate day = LocalDate.now(PortalDates.ZONE).plusDays(4);

        try (Browser browser = new Browser()) {
            // The visitor learns about volunteering, registers and applies.
            Page person = browser.newPage(1280, 900);
            person.navigate(infra().portalUrl() + "/volunteer");
            person.waitForSelector("#volunteer-register");
            look(person, "60-volunteer-visitor-ar-desktop");
            registerAndActivate(person, name, email, "0559876543", password);
            signIn(person, email, password);
            person.navigate(infra().portalUrl() + "/volunteer");
            Browser.click(person, "#volunteer-start");
            person.waitForSelector("#volunteer-form-view");
            Browser.type(person, "nationalId", "1000000008");
            date(person, "#birthDate input", "14/02/1996");
            Browser.pick(person, "gender", "أنثى");
            Browser.pick(person, "region", "الرياض");
            Browser.type(person, "city", "الرياض");
            Browser.pick(person, "education", "البكالوريوس");
            Browser.type(person, "fieldOfStudy", "علم النفس");
            check(person, "skills", "الإلقاء والتوعية");
            check(person, "skills", "تنظيم الفعاليات");
            check(person, "languages", "العربية");
            check(person, "interests", "الفعاليات");
            Browser.pick(person, "availability-0-day", day.getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("ar")));
            time(person, "availability-0-from", "09:00");
            time(person, "availability-0-to", "08:00");
            person.waitForSelector("#availability-0-error:has-text('يجب أن يكون وقت النهاية بعد وقت البداية')");
            time(person, "availability-0-to", "21:00");
            person.fill("#motivation textarea", "أريد أن أسهم في تعريف الناس بخدمات الجمعية");
            person.press("#motivation textarea", "Tab");
            Browser.settle(person);
            person.setInputFiles("#documents-cv-upload input[type=file]", cv);
            person.waitForSelector("#documents-cv-list a:has-text('" + cv.getFileName() + "')");
            assertThat(person.textContent("#draft-saved")).startsWith("حُفظت المسودة");
            look(person, "61-volunteer-form-ar-desktop");
            Browser.click(person, "#volunteer-submit");
            person.waitForSelector("#volunteer-form-error");
            Browser.click(person, "#volunteer-consent input");
            Browser.click(person, "#volunteer-submit");
            person.waitForSelector("#volunteer-state:has-text('مُقدَّم، بانتظار المراجعة')");
            look(person, "62-volunteer-submitted-ar-desktop");

            // The coordinator reviews, schedules the interview, accepts and activates.
            Page coordinator = browser.newPage(1280, 900);
            signIn(coordinator, COORDINATOR, DEMO_PASSWORD);
            coordinator.navigate(infra().portalUrl() + "/staff/volunteers");
            coordinator.waitForSelector("#volunteer-grid");
            assertThat(Browser.gridShows(coordinator, "#volunteer-grid", name)).isTrue();
            look(coordinator, "63-volunteer-queue-ar-desktop");
            long applicationId = jdbc.queryForObject("select v.id from volunteer_application v join account a "
                    + "on a.id = v.account_id where a.email = ?", Long.class, email);
            coordinator.navigate(infra().portalUrl() + "/staff/volunteers/" + applicationId);
            coordinator.waitForSelector("#volunteer-case-view");
            Browser.click(coordinator, "#start-review");
            coordinator.waitForSelector("#volunteer-state:has-text('قيد المراجعة')");
            Browser.click(coordinator, "#schedule-interview");
            dateTime(coordinator, "interview-at", LocalDate.now(PortalDates.ZONE).plusDays(2), "10:00");
            Browser.type(coordinator, "interview-location", "مقر الجمعية، حي الملقا، الرياض");
            Browser.click(coordinator, "#interview-save");
            coordinator.waitForSelector("#volunteer-state:has-text('مقابلة مجدولة')");
            look(coordinator, "64-volunteer-case-ar-desktop");

            person.navigate(infra().portalUrl() + "/volunteer");
            person.waitForSelector("#interview");
            assertThat(person.textContent("#interview")).contains("مقر الجمعية، حي الملقا");
            look(person, "65-volunteer-interview-ar-desktop");

            Browser.click(coordinator, "#decide");
            Browser.click(coordinator, "#decide-outcome vaadin-radio-button:has-text('قبول المتقدم') input");
            coordinator.fill("#decide-reason textarea", "سعدنا بلقائك، مرحبًا بك في فريق الفعاليات");
            Browser.click(coordinator, "#decide-record");
            coordinator.waitForSelector("#volunteer-state:has-text('مقبول')");
            Browser.click(coordinator, "#activate");
            Browser.click(coordinator, "vaadin-confirm-dialog [slot='confirm-button']");
            coordinator.waitForSelector("#volunteer-state:has-text('متطوع نشط')");

            // The coordinator publishes an opportunity on the volunteer's free day.
            coordinator.navigate(infra().portalUrl() + "/staff/opportunities/new");
            coordinator.waitForSelector("#opportunity-editor");
            Browser.type(coordinator, "opportunity-title", "ركن التعريف بالجمعية في المعرض");
            Browser.pick(coordinator, "opportunity-interest", "الفعاليات");
            dateTime(coordinator, "opportunity-start", day, "16:00");
            dateTime(coordinator, "opportunity-end", day, "19:00");
            Browser.type(coordinator, "opportunity-location", "واجهة الرياض، القاعة 2");
            Browser.type(coordinator, "opportunity-seats", "3");
            coordinator.fill("#opportunity-description textarea", "استقبال الزوار وتعريفهم بخدمات الجمعية");
            coordinator.press("#opportunity-description textarea", "Tab");
            Browser.click(coordinator, "#opportunity-save");
            coordinator.waitForSelector("#enrolments");
            long opportunityId = Long.parseLong(coordinator.url().replaceAll(".*/staff/opportunities/", ""));
            look(coordinator, "66-opportunity-editor-ar-desktop");

            // The volunteer, on a phone, finds it first and takes a seat.
            Page phone = browser.newPage(390, 844);
            signIn(phone, email, password);
            phone.navigate(infra().portalUrl() + "/volunteer/opportunities");
            phone.waitForSelector("#opportunity-" + opportunityId);
            assertThat(phone.textContent("#opportunity-" + opportunityId)).contains("تناسب مهاراتك وأوقاتك");
            Browser.click(phone, "#apply-" + opportunityId);
            phone.waitForSelector("#withdraw-" + opportunityId);
            look(phone, "67-opportunities-ar-phone");
            assertThat(fitsTheScreen(phone)).isTrue();

            long enrolmentId = jdbc.queryForObject("select id from opportunity_enrolment where opportunity_id = ?",
                    Long.class, opportunityId);
            coordinator.navigate(infra().portalUrl() + "/staff/opportunities/" + opportunityId);
            coordinator.waitForSelector("#enrolment-" + enrolmentId);
            Browser.click(coordinator, "#accept-" + enrolmentId);
            coordinator.waitForSelector("#enrolment-" + enrolmentId + " :text('مقبول')");

            // The day comes and goes.
            jdbc.update("update opportunity set starts_at = date_sub(utc_timestamp(6), interval 1 day), "
                    + "ends_at = date_add(date_sub(utc_timestamp(6), interval 1 day), interval 3 hour) where id = ?",
                    opportunityId);

            phone.navigate(infra().portalUrl() + "/volunteer/hours");
            phone.waitForSelector("#hours-" + enrolmentId);
            Browser.type(phone, "hours-" + enrolmentId, "3");
            Browser.type(phone, "hours-note-" + enrolmentId, "استقبلت الزوار طوال الوقت");
            Browser.click(phone, "#log-hours-" + enrolmentId);
            phone.waitForSelector("#commitment-" + enrolmentId + " :text('الساعات التي سجّلتها: 3')");
            look(phone, "68-hours-logged-ar-phone");

            coordinator.navigate(infra().portalUrl() + "/staff/opportunities/" + opportunityId);
            Browser.click(coordinator, "#confirm-" + enrolmentId);
            coordinator.waitForSelector("#confirm-hours-value");
            Browser.click(coordinator, "#confirm-hours-save");
            coordinator.waitForSelector("#enrolment-" + enrolmentId + " :text('ساعات مؤكدة: 3')");

            phone.navigate(infra().portalUrl() + "/volunteer/hours");
            phone.waitForSelector("#hours-total:has-text('3')");
            Browser.click(phone, "#issue-certificate");
            phone.waitForSelector("#certificate-view");
            look(phone, "69-certificate-ar-phone");
            Download download = phone.waitForDownload(() -> phone.click("#download-ar"));
            byte[] pdf = Files.readAllBytes(download.path());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
                assertThat(text).contains(name);
                // The extractor orders digits inside Arabic lines its own way: look at the line, not the phrase.
                assertThat(text.lines().filter(line -> line.contains("مجموع ساعات تطوعها"))).singleElement()
                        .satisfies(line -> assertThat(line).contains("3").doesNotContain("2.5"));
            }
            String verify = phone.getAttribute("#verify-link", "href");

            // Anyone holding the code can check it, without signing in.
            Page anyone = browser.newPage(1280, 900);
            anyone.navigate(infra().portalUrl() + "/" + verify);
            anyone.waitForSelector("#certificate-valid");
            assertThat(anyone.textContent("#certificate-found")).contains(name);
            look(anyone, "70-certificate-verified-ar-desktop");
            anyone.navigate(infra().portalUrl() + "/certificates/verify/AAAAA-BBBBB");
            anyone.waitForSelector("#certificate-invalid");
        }

        // Activation, then every step of the application and of the place, told by mail.
        assertThat(awaitMails(email, 8)).anySatisfy(m -> assertThat(m.getSubject()).contains("متطوع نشط"))
                .anySatisfy(m -> assertThat(m.getSubject()).contains("ساعات تطوعك"));
        assertThat(accessibilityProblems).isEmpty();
    }
}
