package org.eshraqa.portal.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp adapter against a local server answering as the Cloud API reference shows: the
 * template message it posts, free text, media in two steps, and Meta's error objects, temporary
 * or not.
 */
class WhatsAppCloudApiTest {

    private static final String MESSAGES = "/v23.0/1065403522/messages";
    private WireMockServer meta;
    private WhatsAppCloudApi api;

    @BeforeEach
    void start() {
        meta = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        meta.start();
        api = new WhatsAppCloudApi("http://127.0.0.1:" + meta.port(), "v23.0", "1065403522", "token-1",
                Duration.ofSeconds(2), Duration.ofMillis(800), 1024 * 1024, JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        meta.stop();
    }

    private void answer(int status, String body) {
        meta.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void aTemplateMessageWithItsArabicParametersInOrder() {
        answer(200, """
                {"messaging_product": "whatsapp", "contacts": [{"input": "966512345678", "wa_id": "966512345678"}],
                 "messages": [{"id": "wamid.HBgLOTY2NTEyMzQ1Njc4FQIAERgS"}]}""");

        WhatsAppCloudApi.Sent sent = api.template("+966512345678", "eshraqa_case_update", "ar",
                List.of("ESH-2026-000041", "مقبول"));

        assertThat(sent.messageId()).isEqualTo("wamid.HBgLOTY2NTEyMzQ1Njc4FQIAERgS");
        meta.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withHeader("Authorization", equalTo("Bearer token-1"))
                .withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "966512345678",
                         "type": "template",
                         "template": {"name": "eshraqa_case_update", "language": {"code": "ar"},
                                      "components": [{"type": "body", "parameters": [
                                          {"type": "text", "text": "ESH-2026-000041"},
                                          {"type": "text", "text": "مقبول"}]}]}}""")));
    }

    @Test
    void freeTextInsideTheWindow() {
        answer(200, "{\"messaging_product\": \"whatsapp\", \"messages\": [{\"id\": \"wamid.A\"}]}");
        api.text("+966512345678", "شكرًا لتواصلك، وصلنا مستندك.");
        meta.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "966512345678",
                 "type": "text", "text": {"preview_url": false, "body": "شكرًا لتواصلك، وصلنا مستندك."}}""")));
    }

    @Test
    void notAWhatsAppNumberOrOutsideTheWindowFailsForGood() {
        answer(400, """
                {"error": {"message": "(#131026) Message Undeliverable.", "type": "OAuthException", "code": 131026,
                 "error_data": {"messaging_product": "whatsapp", "details": "Message Undeliverable."},
                 "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam"}}""");
        assertThatThrownBy(() -> api.text("+966512345678", "x")).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.permanent()).isTrue();
            assertThat(e.code()).isEqualTo("131026");
        });
        meta.resetAll();
        answer(400, "{\"error\": {\"message\": \"(#132001) Template name does not exist in the translation\","
                + " \"type\": \"OAuthException\", \"code\": 132001}}");
        assertThatThrownBy(() -> api.template("+966512345678", "nope", "ar", List.of()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void rateLimitsAndMetasOwnTroubleAreRetried() {
        answer(400, "{\"error\": {\"message\": \"(#130429) Rate limit hit\", \"type\": \"OAuthException\", \"code\": 130429}}");
        assertThatThrownBy(() -> api.text("+966512345678", "x"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isFalse());
        meta.resetAll();
        answer(500, "{\"error\": {\"message\": \"(#131000) Something went wrong\", \"code\": 131000}}");
        assertThatThrownBy(() -> api.text("+966512345678", "x"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.permanent()).isFalse());
        meta.resetAll();
        meta.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        assertThatThrownBy(() -> api.text("+966512345678", "x")).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.code()).isEqualTo("timeout"));
    }

    @Test
    void mediaIsFetchedInTwoStepsWithTheTokenAndNeverBeyondTheLimit() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        meta.stubFor(get(urlPathEqualTo("/v23.0/1037543291543636")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"messaging_product\": \"whatsapp\","
                        + " \"url\": \"http://127.0.0.1:" + meta.port() + "/media/abc\", \"mime_type\": \"image/png\","
                        + " \"sha256\": \"x\", \"file_size\": " + png.length + ", \"id\": \"1037543291543636\"}")));
        meta.stubFor(get(urlPathEqualTo("/media/abc")).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(200).withBody(png)));

        assertThat(api.media("1037543291543636")).get().satisfies(m -> {
            assertThat(m.content()).isEqualTo(png);
            assertThat(m.mimeType()).isEqualTo("image/png");
        });

        meta.stubFor(get(urlPathEqualTo("/v23.0/2")).willReturn(aResponse().withStatus(200)
                .withBody("{\"url\": \"http://127.0.0.1:" + meta.port() + "/media/big\", \"file_size\": 99999999}")));
        assertThat(api.media("2")).isEmpty();
        assertThat(api.media("../../me")).isEmpty();
    }
}
