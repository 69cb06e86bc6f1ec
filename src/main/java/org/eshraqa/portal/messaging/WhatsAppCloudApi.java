package org.eshraqa.portal.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp Business Platform Cloud API (Graph API): {@code POST /{version}/{phone-number-id}/messages}
 * with a bearer token, a template message ({@code type: template}, name, language code and the body's
 * text parameters in order) or, inside the 24 hours after the person last wrote, free text
 * ({@code type: text}). The answer names the message ({@code messages[0].id}, "wamid…"), which the
 * status webhook repeats. Media a person sent is fetched in two steps: {@code GET /{version}/{media-id}}
 * gives a short-lived URL, which is read with the same token.
 *
 * <p>Errors come as {@code {"error": {"code": …, "message": …}}}. Retried: no connection, time-outs,
 * HTTP 5xx, and the codes Meta documents as temporary (rate limits 4, 80007, 130429, 131048, 131056;
 * 1, 2, 131000, 131016 service trouble). Everything else, such as 131026 (not a WhatsApp number),
 * 131047 (outside the 24-hour window), 132000/132001 (template parameters or name) or 190 (token),
 * fails for good.
 */
class WhatsAppCloudApi {

    static final Set<Integer> TEMPORARY = Set.of(1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056);

    /** What Meta answered to one message. */
    record Sent(String messageId) {
    }

    /** A media object's bytes and what WhatsApp says it is. */
    record Media(byte[] content, String mimeType) {
    }

    private final String base;
    private final String phoneNumberId;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;
    private final JsonMapper json;
    private final long maxMediaBytes;

    WhatsAppCloudApi(String baseUrl, String version, String phoneNumberId, String token, Duration connectTimeout,
                     Duration timeout, long maxMediaBytes, JsonMapper json) {
        this.base = UnifonicSms.stripSlash(baseUrl) + "/" + version;
        this.phoneNumberId = phoneNumberId;
        this.token = token;
        this.timeout = timeout;
        this.json = json;
        this.maxMediaBytes = maxMediaBytes;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Sent template(String to, String name, String languageCode, List<String> parameters) {
        ObjectNode message = envelope(to, "template");
        ObjectNode template = message.putObject("template");
        template.put("name", name);
        template.putObject("language").put("code", languageCode);
        if (!parameters.isEmpty()) {
            ObjectNode body = template.putArray("components").addObject();
            body.put("type", "body");
            ArrayNode values = body.putArray("parameters");
            parameters.forEach(p -> values.addObject().put("type", "text").put("text", p));
        }
        return post(message);
    }

    Sent text(String to, String body) {
        ObjectNode message = envelope(to, "text");
        message.putObject("text").put("preview_url", false).put("body", body);
        return post(message);
    }

    /** The bytes of a media object a person sent, if not larger than the limit. */
    Optional<Media> media(String mediaId) {
        if (!mediaId.matches("[0-9A-Za-z_.-]{1,100}")) {
            return Optional.empty();
        }
        HttpResponse<String> info = UnifonicSms.exchange(http, authorised(URI.create(base + "/" + mediaId)).GET()
                .build(), "whatsapp");
        JsonNode meta = answer(info);
        String url = meta.path("url").asString("");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return Optional.empty();
        }
        if (meta.path("file_size").asLong(0) > maxMediaBytes) {
            return Optional.empty();
        }
        try {
            HttpResponse<java.io.InputStream> file = http.send(authorised(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (file.statusCode() != 200) {
                file.body().close();
                throw new ProviderException(file.statusCode() >= 500 ? false : true, "HTTP " + file.statusCode(),
                        "WhatsApp media download answered " + file.statusCode());
            }
            try (var in = file.body()) {
                long declared = file.headers().firstValueAsLong("Content-Length").orElse(-1);
                return org.eshraqa.portal.shared.UploadRules.readAtMost(in, declared, maxMediaBytes)
                        .map(bytes -> new Media(bytes, meta.path("mime_type").asString("")));
            }
        } catch (java.io.IOException failed) {
            throw new ProviderException(false, "io", "WhatsApp media download: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderException(false, "interrupted", "interrupted", interrupted);
        }
    }

    private ObjectNode envelope(String to, String type) {
        ObjectNode message = json.createObjectNode();
        message.put("messaging_product", "whatsapp");
        message.put("recipient_type", "individual");
        message.put("to", to.startsWith("+") ? to.substring(1) : to);
        message.put("type", type);
        return message;
    }

    private Sent post(ObjectNode message) {
        HttpRequest request = authorised(URI.create(base + "/" + phoneNumberId + "/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8))
                .build();
        JsonNode answer = answer(UnifonicSms.exchange(http, request, "whatsapp"));
        String id = answer.path("messages").path(0).path("id").asString("");
        if (id.isEmpty()) {
            throw new ProviderException(false, "no-id", "WhatsApp accepted the request but named no message");
        }
        return new Sent(id);
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode answer(HttpResponse<String> response) {
        JsonNode answer;
        try {
            answer = json.readTree(response.body() == null || response.body().isEmpty() ? "{}" : response.body());
        } catch (JacksonException unreadable) {
            throw new ProviderException(response.statusCode() < 500 && response.statusCode() != 429, "unreadable",
                    "WhatsApp answered " + response.statusCode() + " without JSON", unreadable);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300 && answer.path("error").isMissingNode()) {
            return answer;
        }
        JsonNode error = answer.path("error");
        int code = error.path("code").asInt(-1);
        boolean temporary = status >= 500 || status == 429 || TEMPORARY.contains(code);
        throw new ProviderException(!temporary, code < 0 ? "HTTP " + status : String.valueOf(code),
                "WhatsApp refused (" + status + ", " + code + "): " + error.path("message").asString(""));
    }
}
