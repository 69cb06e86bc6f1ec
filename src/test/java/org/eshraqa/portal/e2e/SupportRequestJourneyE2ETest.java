package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a support request in real Chromium, in Arabic: a newcomer registers, applies
 * with two documents and signs; the officer asks for information; the beneficiary answers only
 * that; the officer verifies and sends the request to the committee, which accepts; the officer
 * completes the registration. The beneficiary sees every step and receives a mail for each.
 */
class SupportRequestJourneyE2ETest extends PortalTestBase {

    private final List<String> accessibilityProblems = new ArrayList<>();

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
    }

    private static void choose(Page page, String id, String label) {
        page.click("#" + id);
        page.click("vaadin-select-item:has-text('" + label + "')");
        Browser.settle(page);
    }

    private static void upload(Page page, String id, Path file) {
        page.setInputFiles("#" + id + " input[type=file]", file);
        page.waitForSelector("#" + id.replace("-upload", "-list") + " a:has-text('" + file.getFileName() + "')");
    }

    private static void openCase(Page page, long id) {
        page.navigate(infra().portalUrl() + "/staff/requests/" + id);
        page.waitForSelector("#case-view");
    }

    @Test
    void aRequestFromRegistrationToCompletedRegistration() throws Exception {
        Path dir = Files.createTempDirectory("documents");
        Path idCopy = Files.write(dir.resolve("هوية.png"), Samples.png());
        Path familyRecord = Files.write(dir.resolve("family-record.pdf"), Samples.pdf());
        String email = uniqueEmail("amal");
        String password = "Amal-strong-2026";

        try (Browser browser = new Browser()) {
            // The newcomer registers and activates the account.
            Page person = browser.newPage(1280, 900);
            registerAndActivate(person, "أمل سعيد الحربي", email, "0534567890", password);
            signIn(person, email, password);

            // Applies for family counselling, which needs two documents.
            person.navigate(infra().portalUrl() + "/requests/new/FAMILY_COUNSELLING");
            person.waitForSelector("#request-form-view");
            Browser.type(person, "nationalId", "1000000024");
            Browser.type(person, "hijriDay", "3");
            choose(person, "hijriMonth", "شوال");
            Browser.type(person, "hijriYear", "1410");
            Browser.pick(person, "gender", "أنثى");
            person.fill("#nationality input", "المملكة العربية");
            person.click("vaadin-combo-box-item:has-text('المملكة العربية السعودية')");
            Browser.pick(person, "maritalStatus", "متزوج/متزوجة");
            Browser.pick(person, "region", "المدينة المنورة");
            Browser.type(person, "city", "المدينة المنورة");
            Browser.type(person, "householdMembers", "6");
            Browser.pick(person, "incomeBand", "من 3000 إلى 5999 ريالًا");
            Browser.pick(person, "employment", "موظف");
            person.fill("#need textarea", "ابني المراهق يعاني من اكتئاب، ونحتاج إرشادًا أسريًا لدعمه");
            person.press("#need textarea", "Tab");
            Browser.settle(person);
            upload(person, "documents-national-id-copy-upload", idCopy);
            upload(person, "documents-family-record-upload", familyRecord);
            look(person, "30-request-form-filled-ar-desktop");
            assertThat(person.textContent("#draft-saved")).startsWith("حُفظت المسودة");

            person.click("#declaration-correct input");
            person.click("#declaration-responsible input");
            person.fill("#signature input", "أمل سعيد الحربي");
            person.click("#request-submit");
            person.waitForSelector("#receipt");
            look(person, "31-receipt-ar-desktop");
            String receipt = person.textContent("#receipt");
            assertThat(receipt).contains("رقم الطلب: ESH-").contains("هـ").contains("لجنة البحث");
            person.click("#receipt-follow");
            person.waitForSelector("#request-detail-view");
            long requestId = Long.parseLong(person.url().replaceAll(".*/requests/", ""));

            // The officer takes it and asks for information, reopening only the documents.
            Page officer = browser.newPage(1280, 900);
            signIn(officer, OFFICER, DEMO_PASSWORD);
            officer.navigate(infra().portalUrl() + "/staff/requests");
            officer.waitForSelector("#queue-grid");
            look(officer, "32-queue-ar-desktop");
            openCase(officer, requestId);
            assertThat(officer.textContent("#applicant-details")).contains("أمل سعيد الحربي").contains("1000000024");
            Browser.click(officer, "#take");
            Browser.click(officer, "#ask");
            officer.fill("#ask-what textarea", "صورة الهوية غير واضحة، أرفق صورة أوضح من فضلك");
            officer.click("#ask-sections vaadin-checkbox:has-text('المستندات') input");
            Browser.click(officer, "#ask-send");
            officer.waitForSelector("#information-requested");
            look(officer, "33-case-needs-info-ar-desktop");

            // The beneficiary sees exactly what is asked, can change only that, and resubmits.
            person.reload();
            person.waitForSelector("#information-requested");
            assertThat(person.textContent("#request-state")).isEqualTo("بانتظار معلومات منك");
            assertThat(person.textContent("#information-requested")).contains("صورة الهوية غير واضحة");
            assertThat(person.isEditable("#nationalId input")).isFalse();
            upload(person, "documents-national-id-copy-upload", idCopy);
            look(person, "34-answer-ar-desktop");
            Browser.click(person, "#resubmit");
            person.waitForSelector("#request-detail-view #request-state:has-text('قيد التحقق من البيانات')");

            // The officer verifies and sends it to the committee.
            openCase(officer, requestId);
            officer.click("#check-identity input");
            officer.click("#check-documents input");
            officer.click("#check-data input");
            Browser.click(officer, "#save-checklist");
            Browser.click(officer, "#to-committee");
            Browser.click(officer, "#to-committee-confirm");
            officer.waitForSelector("#request-state:has-text('لدى لجنة البحث')");

            // The committee accepts.
            Page committee = browser.newPage(1280, 900);
            signIn(committee, "committee@demo.eshraqa.org.sa", DEMO_PASSWORD);
            openCase(committee, requestId);
            Browser.click(committee, "#decide");
            committee.click("#decide-outcome vaadin-radio-button:has-text('قبول') input");
            committee.fill("#decide-reason textarea", "تنطبق على الحالة شروط الإرشاد الأسري");
            Browser.click(committee, "#decide-record");
            committee.waitForSelector("#request-state:has-text('مقبول')");
            look(committee, "35-case-accepted-ar-desktop");

            // The officer completes the registration.
            openCase(officer, requestId);
            Browser.click(officer, "#complete");
            officer.click("vaadin-confirm-dialog [slot='confirm-button']");
            officer.waitForSelector("#request-state:has-text('مكتمل التسجيل')");
            look(officer, "36-case-registered-ar-desktop");

            // The beneficiary sees every step, on a phone too.
            Page phone = browser.newPage(390, 844);
            signIn(phone, email, password);
            phone.navigate(infra().portalUrl() + "/requests/" + requestId);
            phone.waitForSelector("#timeline");
            look(phone, "37-request-registered-ar-phone");
            assertThat(phone.textContent("#request-state")).isEqualTo("مكتمل التسجيل");
            assertThat(phone.locator("#timeline li").count()).isEqualTo(7);
            assertThat(fitsTheScreen(phone)).isTrue();
        }

        // The activation mail, then one for each of the seven changes of state.
        assertThat(awaitMails(email, 8)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(accessibilityProblems).isEmpty();
    }
}
