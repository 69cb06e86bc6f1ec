package org.eshraqa.portal.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.PortalTestBase;
import org.eshraqa.testsupport.ProviderStubs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reaching a beneficiary on WhatsApp, in real Chromium, with the WhatsApp Cloud API stubbed
 * locally: she chooses WhatsApp on my-data; her request changes state and the stub receives the
 * approved template with the request number and the state in Arabic; she writes from her mobile,
 * the message appears as a question on the staff queue, the officer answers on its page, and the
 * answer reaches the stub as WhatsApp text; the delivery report shows on the question and the
 * request. Arabic and English, desktop and phone; axe-core on every page.
 */
class MessagingJourneyE2ETest extends PortalTestBase {

    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;
    @Autowired JdbcTemplate jdbc;

    private final List<String> accessibilityProblems = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private void look(Page page, String name) {
        Browser.look(page, name, accessibilityProblems);
    }

    private static List<LoggedRequest> whatsAppTo(String digits) {
        return infra().providers.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.messagesPath()))
                .withRequestBody(matchingJsonPath("$.to", equalTo(digits))));
    }

    private List<List<String>> templateParameters(String digits) {
        List<List<String>> all = new ArrayList<>();
        for (LoggedRequest request : whatsAppTo(digits)) {
            JsonNode body = json.readTree(request.getBodyAsString());
            if (!"template".equals(body.path("type").asString(""))) {
                continue;
            }
            assertThat(body.path("template").path("name").asString("")).isEqualTo("eshraqa_case_update");
            assertThat(body.path("template").path("language").path("code").asString("")).isEqualTo("ar");
            List<String> values = new ArrayList<>();
            body.path("template").path("components").path(0).path("parameters")
                    .forEach(p -> values.add(p.path("text").asString("")));
            all.add(values);
        }
        return all;
    }

    private HttpResponse<String> signedWebhook(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", ProviderStubs.sign(body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String value(String inner) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
                 "value": {"messaging_product": "whatsapp",
                           "metadata": {"display_phone_number": "966112345678", "phone_number_id": "%s"}, %s}}]}]}"""
                .formatted(ProviderStubs.PHONE_NUMBER_ID, inner);
    }

    @Test
    void aBeneficiaryOnWhatsAppHearsOfHerRequestWritesBackAndGetsTheOfficersAnswer() throws Exception {
        String name = "نورة عبدالله القحطاني";
        String email = newAccount(name, Role.BENEFICIARY);
        String digits = "9665" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        jdbc.update("update account set mobile = ?, language = 'ar' where email = ?", "+" + digits, email);
        String officerEmail = newAccount("ماجد الحربي", Role.RELATIONS_OFFICER);

        try (Browser browser = new Browser()) {
            // She chooses WhatsApp on my-data.
            Page person = browser.newPage(1280, 900);
            signIn(person, email, DEMO_PASSWORD);
            person.navigate(infra().portalUrl() + "/my-data");
            person.waitForSelector("#messaging-channel");
            person.click("#messaging-channel vaadin-radio-button:has-text('واتساب') label");
            person.waitForSelector("vaadin-notification-card:has-text('عبر واتساب')");
            look(person, "90-my-data-channel-ar-desktop");

            // Her request is submitted and taken into verification: two templates, in Arabic.
            signInAs(email);
            long requestId = Samples.submittedRequest(requests, "AWARENESS", name);
            String reference = requests.findMine(requestId).orElseThrow().reference();
            signInAs(officerEmail);
            requests.takeIntoVerification(requestId, requests.findForStaff(requestId).orElseThrow().mirror().version());
            SecurityContextHolder.clearContext();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> templateParameters(digits).size() >= 2);
            assertThat(templateParameters(digits)).contains(List.of(reference, "مُقدَّم، بانتظار التحقق"),
                    List.of(reference, "قيد التحقق من البيانات"));

            // She writes back from her mobile.
            String question = "وصلتني رسالتكم، هل أحتاج إلى إرسال مستند آخر؟";
            HttpResponse<String> received = signedWebhook(value("""
                    "contacts": [{"profile": {"name": "نورة"}, "wa_id": "%s"}],
                    "messages": [{"from": "%s", "id": "wamid.journey%d", "timestamp": "%d", "type": "text",
                                  "text": {"body": "%s"}}]""".formatted(digits, digits, System.nanoTime(),
                    Instant.now().getEpochSecond(), question)));
            assertThat(received.statusCode()).isEqualTo(200);

            // The officer finds it on the queue as social media and answers on its page.
            Page officer = browser.newPage(1280, 900);
            signIn(officer, officerEmail, DEMO_PASSWORD);
            officer.navigate(infra().portalUrl() + "/staff/inquiries");
            officer.waitForSelector("#inquiry-grid");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                officer.reload();
                officer.waitForSelector("#inquiry-grid");
                Browser.settle(officer);
                return officer.textContent("#inquiry-grid").contains(name);
            });
            signInAs(email);
            long inquiryId = inquiries.mine(0, 5).getFirst().id();
            SecurityContextHolder.clearContext();
            officer.navigate(infra().portalUrl() + "/staff/inquiries/" + inquiryId);
            officer.waitForSelector("#inquiry-case-view");
            assertThat(officer.textContent("#inquiry-thread")).contains(question);
            assertThat(officer.textContent("#case-messages")).contains("رسالة واردة");
            String answer = "لا تحتاجين إلى مستند آخر، وسنبلغك بالقرار.";
            officer.fill("#answer-text textarea", answer);
            Browser.click(officer, "#send-answer");
            officer.waitForSelector("#inquiry-state:has-text('بانتظار السائل')");

            // The answer reaches her on WhatsApp as text (she wrote less than 24 hours ago).
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> whatsAppTo(digits).stream()
                    .map(r -> json.readTree(r.getBodyAsString()))
                    .anyMatch(b -> "text".equals(b.path("type").asString(""))
                            && answer.equals(b.path("text").path("body").asString(""))));

            // WhatsApp reports every message delivered; staff see it on the question and the request.
            for (var served : infra().providers.getAllServeEvents()) {
                if (!served.getRequest().getUrl().startsWith(ProviderStubs.messagesPath())
                        || !served.getRequest().getBodyAsString().contains("\"to\":\"" + digits + "\"")) {
                    continue;
                }
                String wamid = json.readTree(served.getResponse().getBodyAsString()).path("messages").path(0)
                        .path("id").asString("");
                signedWebhook(value("""
                        "statuses": [{"id": "%s", "status": "delivered", "timestamp": "%d", "recipient_id": "%s"}]"""
                        .formatted(wamid, Instant.now().getEpochSecond(), digits)));
            }
            officer.reload();
            officer.waitForSelector("#case-messages-table");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                officer.reload();
                officer.waitForSelector("#case-messages-table");
                return officer.locator("#case-messages-table tr[data-status='DELIVERED']").count() >= 1;
            });
            look(officer, "91-inquiry-messages-ar-desktop");
            officer.navigate(infra().portalUrl() + "/staff/requests/" + requestId);
            officer.waitForSelector("#case-messages-table");
            assertThat(officer.locator("#case-messages-table tr[data-status='DELIVERED']").count()).isEqualTo(2);
            assertThat(officer.textContent("#case-messages")).contains("تغيّر الحالة").contains("وصلت");
            officer.locator("#case-messages").scrollIntoViewIfNeeded();
            look(officer, "92-case-messages-ar-desktop");

            // The same pages in English and on a phone.
            Page phone = browser.newPage(390, 844);
            signIn(phone, officerEmail, DEMO_PASSWORD);
            Browser.switchLanguage(phone, "ltr");
            phone.navigate(infra().portalUrl() + "/staff/inquiries/" + inquiryId);
            phone.waitForSelector("#case-messages-table");
            assertThat(phone.textContent("#case-messages")).contains("Delivered");
            phone.locator("#case-messages").scrollIntoViewIfNeeded();
            look(phone, "93-inquiry-messages-en-phone");
            phone.navigate(infra().portalUrl() + "/staff/requests/" + requestId);
            phone.waitForSelector("#case-messages-table");
            phone.locator("#case-messages").scrollIntoViewIfNeeded();
            look(phone, "94-case-messages-en-phone");
            Browser.switchLanguage(phone, "rtl");
            phone.navigate(infra().portalUrl() + "/staff/requests/" + requestId);
            phone.waitForSelector("#case-messages-table");
            phone.locator("#case-messages").scrollIntoViewIfNeeded();
            look(phone, "95-case-messages-ar-phone");
            phone.navigate(infra().portalUrl() + "/staff/summary");
            phone.waitForSelector("#summary-messages");
            phone.locator("#summary-messages").scrollIntoViewIfNeeded();
            look(phone, "96-summary-messages-ar-phone");
            officer.navigate(infra().portalUrl() + "/staff/summary");
            officer.waitForSelector("#summary-messages-table");
            assertThat(officer.textContent("#summary-messages-table")).contains("واتساب");
            officer.locator("#summary-messages").scrollIntoViewIfNeeded();
            look(officer, "97-summary-messages-ar-desktop");
            Browser.switchLanguage(officer, "ltr");
            officer.navigate(infra().portalUrl() + "/staff/requests/" + requestId);
            officer.waitForSelector("#case-messages-table");
            assertThat(officer.textContent("#case-messages")).contains("Delivered").contains("WhatsApp");
            officer.locator("#case-messages").scrollIntoViewIfNeeded();
            look(officer, "97-case-messages-en-desktop");
            Browser.switchLanguage(officer, "rtl");

            Page personPhone = browser.newPage(390, 844);
            signIn(personPhone, email, DEMO_PASSWORD);
            personPhone.navigate(infra().portalUrl() + "/my-data");
            personPhone.waitForSelector("#messaging-channel");
            personPhone.locator("#messaging-channel").scrollIntoViewIfNeeded();
            look(personPhone, "98-my-data-channel-ar-phone");
            Browser.switchLanguage(personPhone, "ltr");
            personPhone.navigate(infra().portalUrl() + "/my-data");
            personPhone.waitForSelector("#messaging-channel");
            assertThat(personPhone.textContent("#messaging-channel")).contains("WhatsApp");
            personPhone.locator("#messaging-channel").scrollIntoViewIfNeeded();
            look(personPhone, "99-my-data-channel-en-phone");
            person.navigate(infra().portalUrl() + "/my-data");
            person.waitForSelector("#messaging-channel");
            look(person, "99-my-data-channel-en-desktop");
            Browser.switchLanguage(person, "rtl");
        }
        assertThat(accessibilityProblems).isEmpty();
    }
}
