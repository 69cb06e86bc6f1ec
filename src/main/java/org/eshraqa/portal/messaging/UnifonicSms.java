package org.eshraqa.portal.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through Unifonic's REST API ({@code POST /rest/SMS/messages}, see
 * docs/operations.md for the reference): the form fields AppSid, SenderID, Recipient (international
 * form without "+"), Body (UTF-8: Arabic goes as Unicode), CorrelationID (the outbox's key) and
 * MessageType 3 ("services": case messages, never advertising). The answer is JSON:
 * {@code {"success": true, "errorCode": "ER-00", "data": {"MessageID": …, "NumberOfUnits": …}}}, or
 * {@code success: false} with an error code when the message was refused.
 *
 * <p>What is retried: no connection, a time-out, HTTP 429 and 5xx. What is not: a refusal
 * ({@code success: false}, e.g. ER-04 for a wrong number) and any other HTTP 4xx (bad AppSid),
 * which would fail the same way again.
 */
class UnifonicSms implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(UnifonicSms.class);

    /** Unifonic's message classification for Saudi traffic: 3 = services. */
    static final String MESSAGE_TYPE_SERVICES = "3";

    private final URI endpoint;
    private final String appSid;
    private final String senderId;
    private final HttpClient http;
    private final Duration timeout;
    private final JsonMapper json;

    UnifonicSms(String baseUrl, String appSid, String senderId, Duration connectTimeout, Duration timeout,
                JsonMapper json) {
        this.endpoint = URI.create(stripSlash(baseUrl) + "/rest/SMS/messages");
        this.appSid = appSid;
        this.senderId = senderId;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void send(String mobile, String text, String idempotencyKey) {
        deliver(mobile, text, null, idempotencyKey);
    }

    @Override
    public SmsReceipt deliver(String mobile, String text, String secret, String idempotencyKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AppSid", appSid);
        form.put("SenderID", senderId);
        form.put("Recipient", mobile.startsWith("+") ? mobile.substring(1) : mobile);
        form.put("Body", text);
        form.put("responseType", "JSON");
        form.put("CorrelationID", idempotencyKey.length() > 50 ? idempotencyKey.substring(0, 50) : idempotencyKey);
        form.put("MessageType", MESSAGE_TYPE_SERVICES);
        form.put("async", "false");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = exchange(http, request, "unifonic");
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new ProviderException(false, "HTTP " + status, "Unifonic answered " + status);
        }
        if (status >= 400) {
            throw new ProviderException(true, "HTTP " + status, "Unifonic refused the request: " + status);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException unreadable) {
            throw new ProviderException(false, "unreadable", "Unifonic's answer was not JSON", unreadable);
        }
        boolean success = answer.path("success").asBoolean(false) || "true".equals(answer.path("success").asString(""));
        if (!success) {
            String code = answer.path("errorCode").asString("?");
            throw new ProviderException(true, code, "Unifonic refused the message: " + code + " "
                    + answer.path("message").asString(""));
        }
        JsonNode data = answer.path("data");
        String id = data.path("MessageID").isMissingNode() || data.path("MessageID").isNull() ? null
                : data.path("MessageID").asString();
        int units = data.path("NumberOfUnits").asInt(0);
        int counted = SmsSegments.of(text).segments();
        if (units > 0 && units != counted) {
            log.info("Unifonic billed {} segment(s) for message {}, counted {}", units, id, counted);
        }
        return new SmsReceipt(id, units > 0 ? units : counted);
    }

    /** Sends, turning a connection failure or time-out into a provider error worth retrying. */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request, String provider) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | java.net.ConnectException unreachable) {
            throw new ProviderException(false, "unreachable", provider + " could not be reached", unreachable);
        } catch (HttpTimeoutException slow) {
            throw new ProviderException(false, "timeout", provider + " did not answer in time", slow);
        } catch (IOException failed) {
            throw new ProviderException(false, "io", provider + ": " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderException(false, "interrupted", provider + ": interrupted", interrupted);
        }
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
