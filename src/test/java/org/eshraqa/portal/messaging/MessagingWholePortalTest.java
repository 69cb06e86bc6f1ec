package org.eshraqa.portal.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryThread;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.testsupport.PortalTestBase;
import org.eshraqa.testsupport.ProviderStubs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messaging module in the whole portal, with the WhatsApp Cloud API stubbed locally
 * ({@link ProviderStubs}): the outbox's retries and refusals, no message twice, delivery reports
 * and people's messages through the signed webhook (valid, wrong, missing, replayed signatures),
 * opt-out words, messages from known and unknown numbers, answers going back, and who may read what.
 */
class MessagingWholePortalTest extends PortalTestBase {

    @Autowired Outbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired OutboundMessageRepository outbound;
    @Autowired InboundMessageRepository inbound;
    @Autowired PersonalDataRights rights;
    @Autowired Inquiries inquiries;
    @Autowired Contacts contacts;
    @Autowired MessageLog log;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired org.eshraqa.testsupport.RecordingSms sms;

    private final HttpClient http = HttpClient.newHttpClient();

    private static WireMockServer meta() {
        return infra().providers;
    }

    private static String newMobile() {
        return "+9665" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A beneficiary with this mobile who chose WhatsApp on my-data; returns the e-mail. */
    private String personOnWhatsApp(String name, String mobile) {
        String email = newAccount(name, Role.BENEFICIARY);
        jdbc.update("update account set mobile = ?, language = 'ar' where email = ?", mobile, email);
        signInAs(email);
        rights.chooseMessagingChannel(MessagingChannel.WHATSAPP);
        SecurityContextHolder.clearContext();
        return email;
    }

    private long queueCaseUpdate(String email, String key) {
        assertThat(outbox.notify(new Outbox.Notice(accountId(email), key, Purpose.CASE_UPDATE, CaseKind.REQUEST, 4711L,
                Outbox.Templates.CASE_UPDATE, locale -> List.of("ESH-2026-004711",
                        "ar".equals(locale.getLanguage()) ? "مقبول" : "Accepted"),
                locale -> "Your request ESH-2026-004711: Accepted"))).isTrue();
        return outbound.findAll().stream().filter(m -> m.dedupeKey().equals(key)).findFirst().orElseThrow().id();
    }

    private OutboundMessage message(long id) {
        return outbound.findById(id).orElseThrow();
    }

    private static String digits(String mobile) {
        return mobile.substring(1);
    }

    private List<LoggedRequest> whatsAppTo(String mobile) {
        return meta().findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.messagesPath()))
                .withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.equalTo(digits(mobile)))));
    }

    private HttpResponse<String> webhook(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return asAProviderDoes(request.build());
    }

    /**
     * Sends a webhook call as the providers do: a 503 (the portal is busy with other calls, which
     * the stubs' own reports may be) is answered by calling again shortly; any other answer counts.
     */
    private HttpResponse<String> asAProviderDoes(HttpRequest request) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.send(request, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() != 503);
    }

    private HttpResponse<String> signed(String body) throws Exception {
        return webhook(body, ProviderStubs.sign(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String change(String value) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
                 "value": {"messaging_product": "whatsapp",
                           "metadata": {"display_phone_number": "966112345678", "phone_number_id": "%s"}, %s}}]}]}"""
                .formatted(ProviderStubs.PHONE_NUMBER_ID, value);
    }

    private static String statusCall(String wamid, String status, String recipient) {
        return change("""
                "statuses": [{"id": "%s", "status": "%s", "timestamp": "%d", "recipient_id": "%s"}]"""
                .formatted(wamid, status, Instant.now().getEpochSecond(), recipient));
    }

    private static String textCall(String from, String wamid, String text) {
        return change("""
                "contacts": [{"profile": {"name": "نورة"}, "wa_id": "%s"}],
                "messages": [{"from": "%s", "id": "%s", "timestamp": "%d", "type": "text", "text": {"body": "%s"}}]"""
                .formatted(from, from, wamid, Instant.now().getEpochSecond(), text));
    }

    private static String wamid() {
        return "wamid.HBgM" + ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE);
    }

    // ---------------------------------------------------------------- out

    @Test
    void aChangeReachesWhatsAppAsTheApprovedArabicTemplateAndTheStatusesComeBackSigned() throws Exception {
        String mobile = newMobile();
        String email = personOnWhatsApp("نورة سعد", mobile);
        long id = queueCaseUpdate(email, "test-case-update:" + mobile);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> message(id).status() == DeliveryStatus.SENT);
        assertThat(whatsAppTo(mobile)).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                .contains("\"name\":\"eshraqa_case_update\"").contains("\"code\":\"ar\"")
                .contains("{\"type\":\"text\",\"text\":\"ESH-2026-004711\"}")
                .contains("{\"type\":\"text\",\"text\":\"مقبول\"}"));
        String wamid = message(id).providerMessageId();
        assertThat(wamid).startsWith("wamid.");

        // Delivered, then read, each signed by the app secret.
        assertThat(signed(statusCall(wamid, "delivered", digits(mobile))).statusCode()).isEqualTo(200);
        assertThat(message(id).status()).isEqualTo(DeliveryStatus.DELIVERED);
        String read = statusCall(wamid, "read", digits(mobile));
        HttpResponse<String> first = signed(read);
        assertThat(first.body()).contains("\"handled\":1");
        assertThat(message(id).status()).isEqualTo(DeliveryStatus.READ);
        // A late "sent" does not take it back; the same call replayed changes nothing.
        signed(statusCall(wamid, "sent", digits(mobile)));
        assertThat(message(id).status()).isEqualTo(DeliveryStatus.READ);
        assertThat(signed(read).body()).contains("\"handled\":0");

        // Staff read it on the case; the beneficiary and a visitor cannot.
        signInAs(OFFICER);
        assertThat(log.forCase(CaseKind.REQUEST, 4711L)).anySatisfy(line -> {
            assertThat(line.status()).isEqualTo(DeliveryStatus.READ);
            assertThat(line.channel()).isEqualTo(MessagingChannel.WHATSAPP);
            assertThat(line.mobileTail()).isEqualTo("…" + mobile.substring(mobile.length() - 4));
        });
        signInAs(email);
        assertThatThrownBy(() -> log.forCase(CaseKind.REQUEST, 4711L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.recent(10)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> log.forCase(CaseKind.REQUEST, 4711L))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void eachPersonInTheirLanguageAndOnTheirChannelAndTheSummaryCountsWhatWentOut() {
        // Nothing of earlier tests is about to go out while this one counts.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_message where status = 'SENDING'"
                        + " or (status = 'PENDING' and next_attempt_at < ?)", Long.class,
                java.sql.Timestamp.from(Instant.now().plusSeconds(120))) == 0);
        signInAs(OFFICER);
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Riyadh"));
        long[] before = counts(month);
        SecurityContextHolder.clearContext();

        // Someone who reads the portal in English gets the English template and the English state.
        String english = newMobile();
        String englishEmail = personOnWhatsApp("Sara Ahmed", english);
        jdbc.update("update account set language = 'en' where email = ?", englishEmail);
        long en = queueCaseUpdate(englishEmail, "test-english:" + english);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> message(en).status() == DeliveryStatus.SENT);
        assertThat(whatsAppTo(english)).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                .contains("\"language\":{\"code\":\"en\"}").contains("{\"type\":\"text\",\"text\":\"Accepted\"}")
                .doesNotContain("مقبول"));

        // Someone who chose text messages gets the Arabic text as an SMS, its segments recorded.
        String texted = newMobile();
        String textedEmail = newAccount("فاطمة علي", Role.BENEFICIARY);
        jdbc.update("update account set mobile = ?, language = 'ar' where email = ?", texted, textedEmail);
        signInAs(textedEmail);
        rights.chooseMessagingChannel(MessagingChannel.SMS);
        SecurityContextHolder.clearContext();
        String arabic = "إشراقة: تغيّرت حالة طلبك ESH-2026-004711 إلى «مقبول». تفاصيل الطلب والخطوة التالية في البوابة.";
        assertThat(SmsSegments.of(arabic).segments()).isEqualTo(2);
        assertThat(outbox.notify(new Outbox.Notice(accountId(textedEmail), "test-sms:" + texted, Purpose.CASE_UPDATE,
                CaseKind.REQUEST, 4711L, Outbox.Templates.CASE_UPDATE, locale -> List.of("ESH-2026-004711", "مقبول"),
                locale -> arabic))).isTrue();
        long ar = outbound.findAll().stream().filter(m -> m.dedupeKey().equals("test-sms:" + texted)).findFirst()
                .orElseThrow().id();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> message(ar).status() == DeliveryStatus.SENT);
        assertThat(sms.to(texted)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(arabic));
        assertThat(message(ar).channel()).isEqualTo(MessagingChannel.SMS);
        assertThat(message(ar).segments()).isEqualTo(2);
        assertThat(whatsAppTo(texted)).isEmpty();

        // A message that failed is not counted: the association does not pay for it.
        String refused = newMobile();
        tx.executeWithoutResult(st -> {
            OutboundMessage failed = OutboundMessage.sentNow(MessagingChannel.SMS, Purpose.CODE, "test-unpaid:" + refused,
                    refused, "code ••••••", null, 3, Instant.now());
            failed.fail("refused", Instant.now());
            outbound.save(failed);
        });

        signInAs(OFFICER);
        long[] after = counts(month);
        assertThat(after[0] - before[0]).as("SMS messages").isEqualTo(1);
        assertThat(after[1] - before[1]).as("SMS segments").isEqualTo(2);
        assertThat(after[2] - before[2]).as("WhatsApp messages").isEqualTo(1);
    }

    /** This month's SMS messages, SMS segments and WhatsApp messages on the staff summary. */
    private long[] counts(java.time.YearMonth month) {
        long[] counts = new long[3];
        for (MessageLog.Month m : log.monthly(month, month)) {
            if (m.channel() == MessagingChannel.SMS) {
                counts[0] += m.messages();
                counts[1] += m.segments();
            } else if (m.channel() == MessagingChannel.WHATSAPP) {
                counts[2] += m.messages();
            }
        }
        return counts;
    }

    @Test
    void aProviderOutageIsRetriedWithBackoffAndTheMessageGoesOutOnce() {
        String mobile = newMobile();
        String email = personOnWhatsApp("سعد علي", mobile);
        meta().stubFor(post(urlPathEqualTo(ProviderStubs.messagesPath())).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.equalTo(digits(mobile))))
                .inScenario("outage-" + mobile).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\": {\"code\": 131016, \"message\": \"Service unavailable\"}}"))
                .willSetStateTo("back"));
        long id = queueCaseUpdate(email, "test-outage:" + mobile);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> message(id).status() == DeliveryStatus.SENT);
        assertThat(message(id).attempts()).isEqualTo(2);
        assertThat(whatsAppTo(mobile)).hasSize(2);
        // Later rounds never send it again.
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(dispatcher.dispatch(id)).isFalse();
        assertThat(whatsAppTo(mobile)).hasSize(2);
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeIsAskedAgainLaterAndTheMessageIsNotLost() {
        String mobile = newMobile();
        String email = personOnWhatsApp("منى سالم", mobile);
        // The first call gets its answer only after the portal's time-out (PT3S in tests).
        meta().stubFor(post(urlPathEqualTo(ProviderStubs.messagesPath())).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.equalTo(digits(mobile))))
                .inScenario("slow-" + mobile).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withFixedDelay(4500).withHeader("Content-Type", "application/json")
                        .withBody("{\"messaging_product\": \"whatsapp\", \"messages\": [{\"id\": \"wamid.late\"}]}"))
                .willSetStateTo("quick"));
        long id = queueCaseUpdate(email, "test-slow:" + mobile);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> message(id).status() == DeliveryStatus.SENT);
        assertThat(message(id).attempts()).isEqualTo(2);
        // The id is the one of the answer that came in time, so its delivery reports find it.
        assertThat(message(id).providerMessageId()).startsWith("wamid.").isNotEqualTo("wamid.late");
        dispatcher.dispatchDue();
        assertThat(whatsAppTo(mobile)).hasSize(2);
    }

    @Test
    void aRefusalThatWillNeverSucceedIsNotRetried() {
        String mobile = newMobile();
        String email = personOnWhatsApp("هند خالد", mobile);
        meta().stubFor(post(urlPathEqualTo(ProviderStubs.messagesPath())).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.equalTo(digits(mobile))))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"message\": \"(#131026) Message Undeliverable.\", \"code\": 131026}}")));
        long id = queueCaseUpdate(email, "test-refused:" + mobile);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> message(id).status() == DeliveryStatus.FAILED);
        assertThat(message(id).attempts()).isEqualTo(1);
        assertThat(message(id).lastError()).contains("131026");
        // Staff read why, beside the status.
        signInAs(OFFICER);
        assertThat(log.recent(100)).filteredOn(l -> l.outgoing() && l.id() == id).singleElement()
                .satisfies(l -> assertThat(l.failure()).contains("131026"));
        dispatcher.dispatchDue();
        assertThat(whatsAppTo(mobile)).hasSize(1);
    }

    @Test
    void twoDispatchersRacingForOneMessageSendItOnce() throws Exception {
        String mobile = newMobile();
        String email = personOnWhatsApp("ريم فهد", mobile);
        // Held back from the scheduled round until both threads are ready.
        long id = queueCaseUpdate(email, "test-race:" + mobile);
        jdbc.update("update outbound_message set next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(3600)), id);
        jdbc.update("update outbound_message set next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> { start.await(); return dispatcher.dispatch(id); });
            var b = pool.submit(() -> { start.await(); return dispatcher.dispatch(id); });
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> message(id).status() == DeliveryStatus.SENT);
        assertThat(whatsAppTo(mobile)).hasSize(1);
    }

    @Test
    void aMessageLeftSendingByAStoppedNodeIsMarkedFailedNotSentAgain() {
        String mobile = newMobile();
        String email = personOnWhatsApp("وعد", mobile);
        long id = queueCaseUpdate(email, "test-stale:" + mobile);
        // As if a node claimed it, called Meta and stopped before writing the answer down.
        jdbc.update("update outbound_message set status = 'SENDING', attempts = 1, claimed_until = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(5)), id);

        dispatcher.dispatchDue();

        assertThat(message(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(message(id).lastError()).contains("not repeated");
        assertThat(whatsAppTo(mobile)).isEmpty();
    }

    // ---------------------------------------------------------------- the webhook's door

    @Test
    void unsignedWronglySignedOrForeignCallsChangeNothing() throws Exception {
        String mobile = newMobile();
        String body = textCall(digits(mobile), wamid(), "مرحبا");
        assertThat(webhook(body, null).statusCode()).isEqualTo(401);
        assertThat(webhook(body, "sha256=" + "0".repeat(64)).statusCode()).isEqualTo(401);
        assertThat(webhook(body, "sha256=nothex").statusCode()).isEqualTo(401);
        // Signed over another body: the signature does not follow the text.
        assertThat(webhook(body, ProviderStubs.sign("{}".getBytes(StandardCharsets.UTF_8))).statusCode())
                .isEqualTo(401);
        assertThat(inbound.findAll()).noneMatch(m -> m.mobile().equals(mobile));
        // Too large a body is refused before it is read.
        String large = "{\"object\":\"x\",\"pad\":\"" + "a".repeat(300 * 1024) + "\"}";
        assertThat(signed(large).statusCode()).isEqualTo(413);
        // Meta's subscription handshake: only our verify token gets the challenge back.
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(infra().portalUrl()
                + "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + ProviderStubs.VERIFY_TOKEN
                + "&hub.challenge=1158201444")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(infra().portalUrl()
                + "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(403);
        // Unifonic's reports: only at the secret address.
        HttpResponse<String> guessed = http.send(HttpRequest.newBuilder(URI.create(infra().portalUrl()
                        + "/webhooks/sms/unifonic/guess")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(guessed.statusCode()).isEqualTo(404);
    }

    @Test
    void unifonicsDeliveryReportMarksTheTextMessageDelivered() throws Exception {
        String mobile = newMobile();
        long id = tx.execute(s -> outbound.save(OutboundMessage.sentNow(MessagingChannel.SMS, Purpose.CODE,
                "test-dlr:" + mobile, mobile, "code ••••••", "42000348806924" + mobile.substring(8), 1,
                Instant.now())).id());
        String providerId = message(id).providerMessageId();
        String report = """
                {"MessageID": "%s", "DLR": "Delivered", "Recipient": "%s", "TimeCreated": "%s",
                 "SCTS": "%s", "DLRTimestamp": "%s"}""".formatted(providerId, digits(mobile), riyadhNow(), riyadhNow(),
                riyadhNow());
        HttpRequest call = HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/webhooks/sms/unifonic/"
                        + ProviderStubs.UNIFONIC_WEBHOOK_SECRET)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(report)).build();
        assertThat(asAProviderDoes(call).body()).contains("\"handled\":1");
        assertThat(message(id).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(asAProviderDoes(call).body()).contains("\"handled\":0");
    }

    @Test
    void reportsOfFailureCarryTheProvidersReasonButNeverUndoADelivery() throws Exception {
        // WhatsApp: Meta accepted the message, then could not deliver it (its errors[] says why).
        String mobile = newMobile();
        String email = personOnWhatsApp("هند فهد", mobile);
        long id = queueCaseUpdate(email, "test-failed-report:" + mobile);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> message(id).status() == DeliveryStatus.SENT);
        String wamid = message(id).providerMessageId();
        String failed = change("""
                "statuses": [{"id": "%s", "status": "failed", "timestamp": "%d", "recipient_id": "%s",
                              "errors": [{"code": 131049, "title": "This message was not delivered to maintain healthy ecosystem engagement."}]}]"""
                .formatted(wamid, Instant.now().getEpochSecond(), digits(mobile)));
        assertThat(signed(failed).body()).contains("\"handled\":1");
        assertThat(message(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(message(id).lastError()).startsWith("131049: ").contains("healthy ecosystem");
        // A late "delivered" for a failed message changes nothing.
        assertThat(signed(statusCall(wamid, "delivered", digits(mobile))).body()).contains("\"handled\":0");
        assertThat(message(id).status()).isEqualTo(DeliveryStatus.FAILED);

        // Unifonic, form-encoded as its DLR webhook may post: a delivered text message stays delivered
        // when a stray "Undeliverable" follows; another one that fails is marked so.
        String smsMobile = newMobile();
        long delivered = tx.execute(s -> outbound.save(OutboundMessage.sentNow(MessagingChannel.SMS, Purpose.CODE,
                "test-dlr-d:" + smsMobile, smsMobile, "code ••••••", "5100" + smsMobile.substring(5), 1,
                Instant.now())).id());
        long undeliverable = tx.execute(s -> outbound.save(OutboundMessage.sentNow(MessagingChannel.SMS,
                Purpose.CODE, "test-dlr-u:" + smsMobile, smsMobile, "code ••••••", "5200" + smsMobile.substring(5), 1,
                Instant.now())).id());
        assertThat(unifonicForm(message(delivered).providerMessageId(), "Delivered", smsMobile)).contains("\"handled\":1");
        assertThat(unifonicForm(message(delivered).providerMessageId(), "Undeliverable", smsMobile))
                .contains("\"handled\":0");
        assertThat(message(delivered).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(unifonicForm(message(undeliverable).providerMessageId(), "Undeliverable", smsMobile))
                .contains("\"handled\":1");
        assertThat(message(undeliverable).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(message(undeliverable).lastError()).isEqualTo("Undeliverable");
        // A report with a status Unifonic does not document, or no time, is ignored.
        assertThat(unifonicForm(message(undeliverable).providerMessageId(), "Queued", smsMobile))
                .contains("\"handled\":0");
    }

    private String unifonicForm(String providerId, String dlr, String mobile) throws Exception {
        String form = "MessageID=" + providerId + "&DLR=" + dlr + "&Recipient=" + digits(mobile)
                + "&DLRTimestamp=" + java.net.URLEncoder.encode(riyadhNow(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = asAProviderDoes(HttpRequest.newBuilder(URI.create(infra().portalUrl()
                        + "/webhooks/sms/unifonic/" + ProviderStubs.UNIFONIC_WEBHOOK_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return answer.statusCode() == 200 ? answer.body() : "HTTP " + answer.statusCode();
    }

    private static String riyadhNow() {
        return java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Riyadh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    // ---------------------------------------------------------------- in

    @Test
    void aKnownNumberOpensAQuestionInItsAccountAndTheAnswerGoesBackOnWhatsApp() throws Exception {
        String mobile = newMobile();
        String email = personOnWhatsApp("نورة سعد", mobile);
        String first = wamid();
        assertThat(signed(textCall(digits(mobile), first, "أرسلت المستندات، هل وصلت؟")).body()).contains("\"handled\":1");
        // Meta sends the same message again (it did not see our 200): nothing doubles.
        assertThat(signed(textCall(digits(mobile), first, "أرسلت المستندات، هل وصلت؟")).body()).contains("\"handled\":0");
        signed(textCall(digits(mobile), wamid(), "وهل أحتاج شيئًا آخر؟"));

        signInAs(email);
        var mine = inquiries.mine(0, 10);
        assertThat(mine).hasSize(1);
        long inquiryId = mine.getFirst().id();
        InquiryThread thread = inquiries.findMine(inquiryId).orElseThrow();
        assertThat(thread.channel()).isEqualTo(Channel.SOCIAL_MEDIA);
        assertThat(thread.messages()).extracting(ThreadMessage::body)
                .containsExactly("أرسلت المستندات، هل وصلت؟", "وهل أحتاج شيئًا آخر؟");
        // Another beneficiary does not reach it.
        signInAs(BENEFICIARY);
        assertThat(inquiries.findMine(inquiryId)).isEmpty();

        signInAs(OFFICER);
        long version = inquiries.findForStaff(inquiryId).orElseThrow().thread().version();
        inquiries.answer(inquiryId, version, "نعم وصلت، وسنراجعها هذا الأسبوع.");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> whatsAppTo(mobile).stream()
                .anyMatch(r -> r.getBodyAsString().contains("\"type\":\"text\"")
                        && r.getBodyAsString().contains("نعم وصلت، وسنراجعها هذا الأسبوع.")));
        assertThat(log.forCase(CaseKind.INQUIRY, inquiryId)).anyMatch(l -> !l.outgoing())
                .anyMatch(l -> l.outgoing() && l.purpose() == Purpose.ANSWER);
    }

    @Test
    void outsideWhatsAppsTwentyFourHoursTheAnswerIsAnnouncedByTemplate() throws Exception {
        String mobile = newMobile();
        String email = personOnWhatsApp("عبير سالم", mobile);
        signed(textCall(digits(mobile), wamid(), "هل من جديد في طلبي؟"));
        // The person wrote more than a day ago: free text would be refused (131047).
        jdbc.update("update inbound_message set received_at = ? where mobile = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(25))), mobile);
        signInAs(email);
        long inquiryId = inquiries.mine(0, 5).getFirst().id();
        signInAs(OFFICER);
        inquiries.answer(inquiryId, inquiries.findForStaff(inquiryId).orElseThrow().thread().version(),
                "لا جديد بعد، سنبلغك فور صدور القرار.");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> whatsAppTo(mobile).stream()
                .anyMatch(r -> r.getBodyAsString().contains("\"name\":\"eshraqa_inquiry_answer\"")
                        && r.getBodyAsString().contains("{\"type\":\"text\",\"text\":\"" + inquiryId + "\"}")));
        assertThat(whatsAppTo(mobile)).noneMatch(r -> r.getBodyAsString().contains("لا جديد بعد"));
    }

    @Test
    void anUnknownNumberLandsInTheContactLogForAnOfficerToLink() throws Exception {
        String mobile = newMobile();
        signed(textCall(digits(mobile), wamid(), "السلام عليكم، أريد الاستفسار عن خدمة الإرشاد"));
        signInAs(OFFICER);
        assertThat(contacts.followUpsDue(0, 200)).anySatisfy(row -> {
            assertThat(row.personMobile()).isEqualTo(mobile);
            assertThat(row.hasAccount()).isFalse();
            assertThat(row.channel()).isEqualTo(Channel.SOCIAL_MEDIA);
            assertThat(row.outcome()).contains("أريد الاستفسار عن خدمة الإرشاد");
        });
        // The officer links it to the person once they know who wrote.
        String email = newAccount("خالد عمر", Role.BENEFICIARY);
        var row = contacts.followUpsDue(0, 200).stream().filter(r -> mobile.equals(r.personMobile())).findFirst()
                .orElseThrow();
        contacts.linkToAccount(row.id(), row.version(), email, true);
        signInAs(email);
        assertThat(inquiries.mine(0, 10)).singleElement().satisfies(q -> assertThat(q.subject()).contains("واتساب"));
    }

    @Test
    void anOptOutWordStopsMessagesAtOnceEvenThoseAlreadyQueued() throws Exception {
        String mobile = newMobile();
        String email = personOnWhatsApp("ليلى ناصر", mobile);
        long queued = queueCaseUpdate(email, "test-optout:" + mobile);
        jdbc.update("update outbound_message set next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(3600)), queued);

        signed(textCall(digits(mobile), wamid(), "  إيـقاف "));

        assertThat(message(queued).status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(rights.messagingChannel(accountId(email))).isEqualTo(MessagingChannel.NONE);
        assertThat(outbox.notify(new Outbox.Notice(accountId(email), "test-optout-after:" + mobile, Purpose.SURVEY,
                null, null, Outbox.Templates.SURVEY, l -> List.of("x"), l -> "x"))).isFalse();
        signInAs(email);
        assertThat(inquiries.mine(0, 10)).isEmpty();
        // Choosing WhatsApp again on my-data is a new consent and lifts the stop.
        rights.chooseMessagingChannel(MessagingChannel.WHATSAPP);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> outbox.notify(new Outbox.Notice(accountId(email),
                "test-optin-again:" + mobile + ":" + System.nanoTime(), Purpose.SURVEY, null, null,
                Outbox.Templates.SURVEY, l -> List.of("x"), l -> "x")));
    }

    @Test
    void aPhotoIsCheckedByItsContentAndHeldNotAttached() throws Exception {
        String mobile = newMobile();
        String email = personOnWhatsApp("منى", mobile);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        String good = "media-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String bad = "media-" + ThreadLocalRandom.current().nextInt(1_000_000);
        mediaAt(good, "image/jpeg", png);
        mediaAt(bad, "image/jpeg", "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1));

        signed(change("""
                "contacts": [{"profile": {"name": "منى"}, "wa_id": "%s"}],
                "messages": [{"from": "%s", "id": "%s", "timestamp": "%d", "type": "image",
                              "image": {"id": "%s", "mime_type": "image/jpeg", "caption": "صورة الهوية"}},
                             {"from": "%s", "id": "%s", "timestamp": "%d", "type": "image",
                              "image": {"id": "%s", "mime_type": "image/jpeg"}}]"""
                .formatted(digits(mobile), digits(mobile), wamid(), Instant.now().getEpochSecond(), good,
                        digits(mobile), wamid(), Instant.now().getEpochSecond(), bad)));

        var received = inbound.findAll().stream().filter(m -> m.mobile().equals(mobile)).toList();
        assertThat(received).hasSize(2);
        assertThat(received).anySatisfy(m -> {
            assertThat(m.mediaType()).isEqualTo("image/png");
            assertThat(m.mediaFileName()).endsWith(".png");
        });
        assertThat(received).anySatisfy(m -> assertThat(m.mediaRefusal()).isEqualTo("document.type"));
        signInAs(email);
        InquiryThread thread = inquiries.findMine(inquiries.mine(0, 10).getFirst().id()).orElseThrow();
        assertThat(thread.messages().getFirst().body()).startsWith("صورة الهوية").contains("لم يُرفق بأي طلب");
        assertThat(thread.messages().get(1).body()).contains("رُفض");
        // Only an officer opens the photo, and the person sees that in "who opened my file".
        long held = received.stream().filter(m -> m.mediaType() != null).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> log.media(held)).isInstanceOf(AccessDeniedException.class);
        signInAs(OFFICER);
        assertThat(log.media(held)).get().satisfies(m -> {
            assertThat(m.content()).isEqualTo(png);
            assertThat(m.mediaType()).isEqualTo("image/png");
        });
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_account_id = ?", Long.class,
                accountId(email))).isPositive();
    }

    private static void mediaAt(String id, String type, byte[] content) {
        meta().stubFor(get(urlPathEqualTo("/" + ProviderStubs.VERSION + "/" + id)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\": \"whatsapp\", \"url\": \"http://127.0.0.1:" + meta().port()
                        + "/lookaside/" + id + "\", \"mime_type\": \"" + type + "\", \"file_size\": " + content.length
                        + ", \"id\": \"" + id + "\"}")));
        meta().stubFor(get(urlPathEqualTo("/lookaside/" + id)).willReturn(aResponse().withStatus(200).withBody(content)));
    }

    @Test
    void theMonthlyCountsHoldMessagesAndSegmentsPerChannel() {
        String mobile = newMobile();
        tx.executeWithoutResult(s -> outbound.save(OutboundMessage.sentNow(MessagingChannel.SMS, Purpose.CODE,
                "test-monthly:" + mobile, mobile, "ب".repeat(71), null, 2, Instant.now())));
        signInAs(OFFICER);
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Riyadh"));
        assertThat(log.monthly(now, now)).anySatisfy(m -> {
            assertThat(m.channel()).isEqualTo(MessagingChannel.SMS);
            assertThat(m.messages()).isPositive();
            assertThat(m.segments()).isGreaterThanOrEqualTo(2);
        });

        // 00:30 on 1 November in Riyadh is still 31 October in UTC: it is November's message.
        java.time.YearMonth october = java.time.YearMonth.of(2026, 10);
        java.time.YearMonth november = october.plusMonths(1);
        long[] octoberBefore = counts(october);
        long[] novemberBefore = counts(november);
        String late = newMobile();
        tx.executeWithoutResult(s -> outbound.save(OutboundMessage.sentNow(MessagingChannel.SMS, Purpose.CODE,
                "test-monthly:" + late, late, "ب", null, 1, Instant.parse("2026-10-31T21:30:00Z"))));
        assertThat(counts(october)[0]).as("October, Riyadh time").isEqualTo(octoberBefore[0]);
        assertThat(counts(november)[0]).as("November, Riyadh time").isEqualTo(novemberBefore[0] + 1);

        signInAs(BENEFICIARY);
        assertThatThrownBy(() -> log.monthly(now, now)).isInstanceOf(AccessDeniedException.class);
        Locale.setDefault(Locale.getDefault());
    }
}
