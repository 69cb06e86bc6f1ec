package org.eshraqa.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;

/**
 * A question from a newcomer to its answer, in real Chromium and in Arabic: the visitor reads the
 * FAQ and the public guide, registers and asks; the relations officer answers with a canned answer;
 * the asker finds the answer through the bell and marks the question answered, and cannot open a
 * staff-only guide by its address.
 */
class InquiryJourneyE2ETest extends PortalTestBase {

    private final List<String> accessibilityProblems = new ArrayList<>();

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
    }

    @Test
    void aVisitorAsksAndTheOfficerAnswers() throws Exception {
        String email = uniqueEmail("sara");
        String password = "Sara-strong-2026";
        String subject = "متى يصلني رد على طلبي؟";

        try (Browser browser = new Browser()) {
            // The visitor reads the FAQ and the public guide before signing up.
            Page person = browser.newPage(1280, 900);
            person.navigate(infra().portalUrl() + "/faq");
            person.waitForSelector("#faq-view");
            person.fill("#faq-search", "اخري");
            person.press("#faq-search", "Enter");
            person.waitForSelector("#faq-search-status:has-text('عدد النتائج')");
            // Typed without hamza and with ي for ى, it still finds the question on data sharing.
            assertThat(person.isVisible("#faq-data-sharing")).isTrue();
            look(person, "47-faq-search-visitor-ar-desktop");
            person.navigate(infra().portalUrl() + "/guides/support-policy");
            person.waitForSelector("#guide-body");
            assertThat(person.textContent("#guide-body")).isNotBlank();

            // Registers and asks a general question.
            registerAndActivate(person, "سارة فهد العتيبي", email, "0551234567", password);
            signIn(person, email, password);
            person.navigate(infra().portalUrl() + "/inquiries");
            person.waitForSelector("#inquiries-empty");
            look(person, "40-my-questions-empty-ar-desktop");
            Browser.click(person, "#ask-question");
            person.waitForSelector("#ask-question-view");
            // Sending nothing names what is missing.
            Browser.click(person, "#send-question");
            assertThat(person.getAttribute("#question-subject", "invalid")).isNotNull();
            Browser.type(person, "question-subject", subject);
            person.fill("#question-body textarea", "قدّمت طلب إرشاد أسري قبل أسبوع، كم يستغرق الرد عادة؟");
            person.press("#question-body textarea", "Tab");
            look(person, "41-ask-question-ar-desktop");
            Browser.click(person, "#send-question");
            person.waitForSelector("#inquiry-view");
            long inquiryId = Long.parseLong(person.url().replaceAll(".*/inquiries/", ""));
            assertThat(person.textContent("#inquiry-state")).contains("أُرسل، بانتظار الرد");
            look(person, "42-question-sent-ar-desktop");

            // The officer finds it in the queue and answers with a canned answer.
            Page officer = browser.newPage(1280, 900);
            signIn(officer, OFFICER, DEMO_PASSWORD);
            officer.navigate(infra().portalUrl() + "/staff/inquiries");
            officer.waitForSelector("#inquiry-grid");
            assertThat(Browser.gridShows(officer, "#inquiry-grid", subject)).isTrue();
            look(officer, "43-inquiry-queue-ar-desktop");
            officer.navigate(infra().portalUrl() + "/staff/inquiries/" + inquiryId);
            officer.waitForSelector("#inquiry-case-view");
            Browser.pick(officer, "canned-answer", "مدة البت في الطلب");
            assertThat(officer.inputValue("#answer-text textarea")).contains("خلال مدة تقارب أسبوعين");
            look(officer, "44-inquiry-case-ar-desktop");
            Browser.click(officer, "#send-answer");
            officer.waitForSelector("#inquiry-state:has-text('بانتظار السائل')");

            // The asker sees the bell, opens the notice and reads the answer, on a phone.
            Page phone = browser.newPage(390, 844);
            signIn(phone, email, password);
            // From the home page (plain HTML) into the app, whose top bar has the bell.
            phone.navigate(infra().portalUrl() + "/inquiries");
            // The answer, and soon after it the invitation to rate it: one or two unread.
            phone.waitForSelector("#notification-count");
            Browser.click(phone, "#notification-bell");
            phone.waitForSelector("#notifications-list");
            for (int tries = 0; tries < 20 && !phone.textContent("#notifications-list").contains("وصلك رد على سؤالك");
                    tries++) {
                phone.waitForTimeout(500);
                phone.reload();
                phone.waitForSelector("#notifications-list");
            }
            look(phone, "45-notifications-ar-phone");
            assertThat(phone.textContent("#notifications-list")).contains("وصلك رد على سؤالك");
            Browser.click(phone, "#notifications-list .portal-notification:has-text('وصلك رد على سؤالك')");
            phone.waitForSelector("#inquiry-view");
            assertThat(phone.url()).endsWith("/inquiries/" + inquiryId);
            assertThat(phone.textContent("#inquiry-messages")).contains("خلال مدة تقارب أسبوعين");
            assertThat(phone.textContent("#inquiry-state")).contains("وصلك رد");
            look(phone, "46-answer-read-ar-phone");
            assertThat(fitsTheScreen(phone)).isTrue();
            Browser.click(phone, "#mark-answered");
            Browser.click(phone, "vaadin-confirm-dialog [slot='confirm-button']");
            phone.waitForSelector("#inquiry-state:has-text('تمت الإجابة')");

            // A staff-only guide stays closed to the beneficiary, by address too.
            phone.navigate(infra().portalUrl() + "/guides/bylaws");
            phone.waitForSelector("#content-unavailable");
            assertThat(phone.locator("#guide-body").count()).isZero();

            // Someone else cannot read it by its address.
            Page other = browser.newPage(1280, 900);
            signIn(other, BENEFICIARY, DEMO_PASSWORD);
            other.navigate(infra().portalUrl() + "/inquiries/" + inquiryId);
            Browser.settle(other);
            assertThat(other.locator("#inquiry-view").count()).isZero();
            assertThat(other.content()).doesNotContain("قدّمت طلب إرشاد أسري");
        }

        // The activation mail and the answer.
        assertThat(awaitMails(email, 2)).anySatisfy(m -> assertThat(m.getSubject()).contains("وصلك رد على سؤالك"));
        assertThat(accessibilityProblems).isEmpty();
    }
}
