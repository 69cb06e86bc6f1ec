package org.eshraqa.portal.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Unifonic adapter against a local server answering as Unifonic's SMS API reference shows:
 * the form it sends, the segments billed, refusals, server errors, time-outs and a dead connection.
 */
class UnifonicSmsTest {

    private static final String PATH = "/rest/SMS/messages";
    private WireMockServer unifonic;
    private UnifonicSms sms;

    @BeforeEach
    void start() {
        unifonic = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        unifonic.start();
        sms = new UnifonicSms("http://127.0.0.1:" + unifonic.port() + "/", "test-app-sid", "Eshraqa",
                Duration.ofSeconds(2), Duration.ofMillis(800), JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        unifonic.stop();
    }

    private void answer(int status, String body) {
        unifonic.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private Map<String, String> sentForm() {
        String body = unifonic.getAllServeEvents().getFirst().getRequest().getBodyAsString();
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void arabicGoesAsUnicodeWithTheDocumentedFieldsAndTheBilledSegmentsComeBack() {
        answer(200, """
                {"success": true, "message": "", "errorCode": "ER-00",
                 "data": {"MessageID": 42000348806924, "CorrelationID": "request-state:41:3", "Status": "Sent",
                          "NumberOfUnits": 2, "Cost": 0.1, "Balance": 10, "Recipient": "966512345678",
                          "TimeCreated": "2026-12-07 09:06:25.979", "CurrencyCode": "SAR"}}""");
        String text = "طلبك ESH-2026-000041: بانتظار معلومات منك. ادخل إلى البوابة لإرسال المستندات المطلوبة قبل الموعد.";

        SmsGateway.SmsReceipt receipt = sms.deliver("+966512345678", text, null, "request-state:41:3");

        assertThat(receipt).isEqualTo(new SmsGateway.SmsReceipt("42000348806924", 2));
        unifonic.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
        Map<String, String> form = sentForm();
        assertThat(form).containsEntry("AppSid", "test-app-sid").containsEntry("SenderID", "Eshraqa")
                .containsEntry("Recipient", "966512345678").containsEntry("Body", text)
                .containsEntry("CorrelationID", "request-state:41:3").containsEntry("MessageType", "3")
                .containsEntry("responseType", "JSON");
    }

    @Test
    void withoutUnitsInTheAnswerTheSegmentsAreCountedHere() {
        answer(200, "{\"success\": true, \"errorCode\": \"ER-00\", \"data\": {\"MessageID\": 7, \"NumberOfUnits\": 0}}");
        assertThat(sms.deliver("+966512345678", "ب".repeat(71), null, "k").segments()).isEqualTo(2);
    }

    @Test
    void aRefusedMessageIsAPermanentFailure() {
        answer(200, "{\"success\": false, \"message\": \"Dest num is too short\", \"errorCode\": \"ER-04\", \"data\": {}}");
        assertThatThrownBy(() -> sms.deliver("+966512345678", "x", null, "k")).isInstanceOfSatisfying(
                ProviderException.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.code()).isEqualTo("ER-04");
                });
    }

    @Test
    void wrongCredentialsAreNotRetriedButServerErrorsAndThrottlingAre() {
        answer(401, "{\"success\": false}");
        assertThatThrownBy(() -> sms.deliver("+966512345678", "x", null, "k"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isTrue());
        unifonic.resetAll();
        answer(503, "<html>down</html>");
        assertThatThrownBy(() -> sms.deliver("+966512345678", "x", null, "k"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isFalse());
        unifonic.resetAll();
        answer(429, "{}");
        assertThatThrownBy(() -> sms.deliver("+966512345678", "x", null, "k"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void aSlowProviderIsATimeOutWorthRetrying() {
        unifonic.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(3000)
                .withBody("{\"success\": true}")));
        long started = System.nanoTime();
        assertThatThrownBy(() -> sms.deliver("+966512345678", "x", null, "k")).isInstanceOfSatisfying(
                ProviderException.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.code()).isEqualTo("timeout");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aDroppedConnectionOrAnUnreadableAnswerIsRetried() {
        unifonic.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> sms.deliver("+966512345678", "x", null, "k"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isFalse());
        unifonic.resetAll();
        answer(200, "not json");
        assertThatThrownBy(() -> sms.deliver("+966512345678", "x", null, "k"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void aProviderThatIsNotThereCannotBeReached() {
        int port = unifonic.port();
        unifonic.stop();
        UnifonicSms gone = new UnifonicSms("http://127.0.0.1:" + port, "sid", "Eshraqa", Duration.ofMillis(500),
                Duration.ofMillis(500), JsonMapper.builder().build());
        assertThatThrownBy(() -> gone.deliver("+966512345678", "x", null, "k"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isFalse());
        unifonic.start();
    }
}
