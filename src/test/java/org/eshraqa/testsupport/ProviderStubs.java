package org.eshraqa.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for the WhatsApp Business Platform Cloud API, configured as the test portal's
 * WhatsApp provider: by default it accepts every message as Meta does ({@code messages[0].id} a
 * fresh "wamid."). Tests add their own stubs (errors, media) and read the requests it received.
 * Text messages in the test portal go to {@link RecordingSms}; Unifonic's adapter is tested
 * against its own stub ({@code UnifonicSmsTest}).
 */
public final class ProviderStubs {

    public static final String VERSION = "v23.0";
    public static final String PHONE_NUMBER_ID = "106540352242922";
    public static final String ACCESS_TOKEN = "test-access-token";
    public static final String APP_SECRET = "test-app-secret-of-the-portal";
    public static final String VERIFY_TOKEN = "test-verify-token";
    public static final String UNIFONIC_WEBHOOK_SECRET = "unifonic-webhook-secret-0123456789abcdef";

    private ProviderStubs() {
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .templatingEnabled(true).globalTemplating(true));
        server.start();
        acceptEveryMessage(server);
        return server;
    }

    /** Meta's answer to an accepted message, with a new message id each time. */
    public static void acceptEveryMessage(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo(messagesPath())).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"{{jsonPath request.body '$.to'}}\","
                        + "\"wa_id\":\"{{jsonPath request.body '$.to'}}\"}],"
                        + "\"messages\":[{\"id\":\"wamid.{{randomValue length=24 type='ALPHANUMERIC'}}\"}]}")));
    }

    public static String messagesPath() {
        return "/" + VERSION + "/" + PHONE_NUMBER_ID + "/messages";
    }

    static void register(WireMockServer server, Map<String, Object> registry) {
        registry.put("portal.messaging.whatsapp.base-url", "http://127.0.0.1:" + server.port());
        registry.put("portal.messaging.whatsapp.api-version", VERSION);
        registry.put("portal.messaging.whatsapp.phone-number-id", PHONE_NUMBER_ID);
        registry.put("portal.messaging.whatsapp.access-token", ACCESS_TOKEN);
        registry.put("portal.messaging.whatsapp.app-secret", APP_SECRET);
        registry.put("portal.messaging.whatsapp.verify-token", VERIFY_TOKEN);
        registry.put("portal.messaging.sms.unifonic.webhook-secret", UNIFONIC_WEBHOOK_SECRET);
        registry.put("portal.messaging.dispatch-interval", "PT1S");
        registry.put("portal.messaging.timeout", "PT3S");
        registry.put("portal.messaging.retry-base", "PT1S");
    }

    /** The X-Hub-Signature-256 header Meta would send with this body. */
    public static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
