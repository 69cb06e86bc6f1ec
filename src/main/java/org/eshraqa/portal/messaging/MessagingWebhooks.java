package org.eshraqa.portal.messaging;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.shared.UploadRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The providers' webhooks, public (no session, no CSRF token: see SecurityConfiguration) and so
 * trusting nothing: each call passes the {@link WebhookGuard} first, its body is read up to
 * {@link #MAX_BODY} bytes, and it must prove where it comes from before anything is parsed.
 * <ul>
 * <li>{@code GET /webhooks/whatsapp}: Meta's subscription handshake, answered with
 *     {@code hub.challenge} only when {@code hub.verify_token} is ours.</li>
 * <li>{@code POST /webhooks/whatsapp}: delivery statuses and people's messages, signed by Meta with
 *     {@code X-Hub-Signature-256: sha256=HMAC-SHA256(app secret, raw body)}; unsigned or wrongly
 *     signed calls get 401.</li>
 * <li>{@code POST /webhooks/sms/unifonic/{secret}}: Unifonic's delivery reports. Unifonic does not
 *     sign them, so the address carries a long random secret of ours, compared in constant time.</li>
 * </ul>
 * Every event is written to the replay store ({@link WebhookReceipts}) in the transaction that
 * handles it; an event seen before, or dated more than {@link #MAX_AGE} ago (or in the future),
 * changes nothing.
 */
@RestController
class MessagingWebhooks {

    private static final Logger log = LoggerFactory.getLogger(MessagingWebhooks.class);

    static final long MAX_BODY = 256 * 1024;
    static final Duration MAX_AGE = Duration.ofDays(7);
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    static final String SIGNATURE = "X-Hub-Signature-256";

    private final WebhookGuard guard;
    private final WebhookReceipts receipts;
    private final DeliveryReports reports;
    private final InboundMessages inbound;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private final String appSecret;
    private final String verifyToken;
    private final String phoneNumberId;
    private final String unifonicSecret;
    private final ZoneId unifonicZone;

    MessagingWebhooks(WebhookGuard guard, WebhookReceipts receipts, DeliveryReports reports, InboundMessages inbound,
                      PlatformTransactionManager transactions, JsonMapper json, Clock clock,
                      @Value("${portal.messaging.whatsapp.app-secret:}") String appSecret,
                      @Value("${portal.messaging.whatsapp.verify-token:}") String verifyToken,
                      @Value("${portal.messaging.whatsapp.phone-number-id:}") String phoneNumberId,
                      @Value("${portal.messaging.sms.unifonic.webhook-secret:}") String unifonicSecret,
                      @Value("${portal.messaging.sms.unifonic.time-zone:Asia/Riyadh}") String unifonicZone) {
        this.guard = guard;
        this.receipts = receipts;
        this.reports = reports;
        this.inbound = inbound;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.appSecret = appSecret;
        this.verifyToken = verifyToken;
        this.phoneNumberId = phoneNumberId;
        this.unifonicSecret = unifonicSecret;
        this.unifonicZone = ZoneId.of(unifonicZone);
    }

    // ---------------------------------------------------------------- WhatsApp

    @GetMapping(path = "/webhooks/whatsapp", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge,
                                  HttpServletRequest request) {
        return guarded(request, () -> {
            if (verifyToken.isEmpty() || !"subscribe".equals(mode) || token == null || challenge == null
                    || !same(token, verifyToken) || !challenge.matches("[A-Za-z0-9_-]{1,100}")) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
            }
            return ResponseEntity.ok(challenge);
        });
    }

    @PostMapping(path = "/webhooks/whatsapp", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> whatsApp(HttpServletRequest request) {
        return guarded(request, () -> {
            if (appSecret.isEmpty()) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
            }
            Optional<byte[]> body = body(request);
            if (body.isEmpty()) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
            }
            if (!signedByMeta(request.getHeader(SIGNATURE), body.get())) {
                log.warn("WhatsApp webhook call from {} refused: missing or wrong signature", request.getRemoteAddr());
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
            }
            JsonNode payload;
            try {
                payload = json.readTree(body.get());
            } catch (JacksonException unreadable) {
                return ResponseEntity.badRequest().build();
            }
            int[] counts = new int[2];
            for (JsonNode entry : payload.path("entry")) {
                for (JsonNode change : entry.path("changes")) {
                    JsonNode value = change.path("value");
                    String number = value.path("metadata").path("phone_number_id").asString("");
                    if (!phoneNumberId.isEmpty() && !phoneNumberId.equals(number)) {
                        continue;
                    }
                    for (JsonNode status : value.path("statuses")) {
                        count(counts, status(status));
                    }
                    String senderName = value.path("contacts").path(0).path("profile").path("name").asString(null);
                    for (JsonNode message : value.path("messages")) {
                        count(counts, message(message, senderName));
                    }
                }
            }
            return ResponseEntity.ok("{\"handled\":" + counts[0] + ",\"ignored\":" + counts[1] + "}");
        });
    }

    private boolean status(JsonNode status) {
        String id = status.path("id").asString("");
        DeliveryStatus reported = switch (status.path("status").asString("")) {
            case "sent" -> DeliveryStatus.SENT;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "failed" -> DeliveryStatus.FAILED;
            default -> null;
        };
        Instant at = epoch(status.path("timestamp").asString(""));
        if (id.isEmpty() || reported == null || !fresh(at)) {
            return false;
        }
        JsonNode error = status.path("errors").path(0);
        String why = error.isMissingNode() ? null
                : error.path("code").asString("") + ": " + error.path("title").asString("");
        return Boolean.TRUE.equals(tx.execute(s -> receipts.first("whatsapp", "status:" + id + ":" + reported)
                && reports.report(MessagingChannel.WHATSAPP, id, reported, why, at)));
    }

    private boolean message(JsonNode message, String senderName) {
        String id = message.path("id").asString("");
        String from = message.path("from").asString("");
        Instant at = epoch(message.path("timestamp").asString(""));
        if (id.isEmpty() || !from.matches("\\d{6,15}") || !fresh(at)) {
            return false;
        }
        String type = message.path("type").asString("");
        String text = null;
        String mediaId = null;
        String fileName = null;
        switch (type) {
            case "text" -> text = message.path("text").path("body").asString("");
            case "image", "document" -> {
                JsonNode media = message.path(type);
                mediaId = media.path("id").asString("");
                text = media.path("caption").asString(null);
                fileName = media.path("filename").asString(null);
                if (mediaId.isEmpty()) {
                    return false;
                }
            }
            case "button" -> text = message.path("button").path("text").asString("");
            default -> text = null;
        }
        if (text == null && mediaId == null) {
            return false; // stickers, locations, reactions: nothing to answer
        }
        InboundMessages.Received received = new InboundMessages.Received(MessagingChannel.WHATSAPP, id, from,
                senderName, at, text, mediaId, fileName);
        return Boolean.TRUE.equals(tx.execute(s -> {
            if (!receipts.first("whatsapp", "message:" + id)) {
                return false;
            }
            inbound.handle(received);
            return true;
        }));
    }

    boolean signedByMeta(String header, byte[] body) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring("sha256=".length()).strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(appSecret, body), claimed);
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- Unifonic

    private static final DateTimeFormatter UNIFONIC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PostMapping(path = "/webhooks/sms/unifonic/{secret}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> unifonic(@PathVariable String secret, HttpServletRequest request) {
        return guarded(request, () -> {
            if (unifonicSecret.isEmpty() || !same(secret, unifonicSecret)) {
                log.warn("Unifonic webhook call from {} refused: wrong address", request.getRemoteAddr());
                return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
            }
            Map<String, String> fields;
            if (isForm(request)) {
                // The container parses a form body into parameters, also when something before the
                // controller asked for one (the raw stream is then already read).
                Map<String, String> form = new java.util.HashMap<>();
                request.getParameterMap().forEach((name, values) -> {
                    if (values.length > 0) {
                        form.put(name, values[0]);
                    }
                });
                fields = form;
            } else {
                Optional<byte[]> body = body(request);
                if (body.isEmpty()) {
                    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
                }
                fields = unifonicFields(body.get());
            }
            String id = fields.getOrDefault("MessageID", "");
            String dlr = fields.getOrDefault("DLR", "");
            DeliveryStatus reported = switch (dlr) {
                case "Delivered" -> DeliveryStatus.DELIVERED;
                case "Undeliverable" -> DeliveryStatus.FAILED;
                default -> null;
            };
            Instant at = unifonicTime(fields.get("DLRTimestamp"));
            if (id.isEmpty() || reported == null || at == null || !fresh(at)) {
                return ResponseEntity.ok("{\"handled\":0,\"ignored\":1}");
            }
            boolean handled = Boolean.TRUE.equals(tx.execute(s -> receipts.first("unifonic", "dlr:" + id + ":" + dlr)
                    && reports.report(MessagingChannel.SMS, id, reported,
                            reported == DeliveryStatus.FAILED ? "Undeliverable" : null, at)));
            return ResponseEntity.ok(handled ? "{\"handled\":1,\"ignored\":0}" : "{\"handled\":0,\"ignored\":1}");
        });
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType();
        return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private Map<String, String> unifonicFields(byte[] body) {
        Map<String, String> fields = new java.util.HashMap<>();
        try {
            json.readTree(body).properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString("")));
        } catch (JacksonException unreadable) {
            // nothing usable
        }
        return fields;
    }

    private Instant unifonicTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text, UNIFONIC_TIME)
                    .atZone(unifonicZone).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    // ---------------------------------------------------------------- common

    private ResponseEntity<String> guarded(HttpServletRequest request,
                                           java.util.function.Supplier<ResponseEntity<String>> work) {
        switch (guard.admit(request.getRemoteAddr())) {
            case TOO_MANY -> {
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").build();
            }
            case BUSY -> {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").build();
            }
            default -> {
                try {
                    return work.get();
                } finally {
                    guard.done();
                }
            }
        }
    }

    private static Optional<byte[]> body(HttpServletRequest request) {
        try {
            return UploadRules.readAtMost(request.getInputStream(), request.getContentLengthLong(), MAX_BODY);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private boolean fresh(Instant at) {
        Instant now = clock.instant();
        return at != null && !at.isBefore(now.minus(MAX_AGE)) && !at.isAfter(now.plus(MAX_SKEW));
    }

    private static Instant epoch(String seconds) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void count(int[] counts, boolean handled) {
        counts[handled ? 0 : 1]++;
    }
}
