package org.eshraqa.portal.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.shared.crypto.RowSeal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message in the outbox, from the moment it is decided until its last delivery report. */
@Entity
@Table(name = "outbound_message")
class OutboundMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MessagingChannel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Purpose purpose;

    private String dedupeKey;

    private Long accountId;

    private String mobile;

    private String language;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CaseKind caseKind;

    private Long caseId;

    private String templateName;

    private String rowKey;

    /** The template's parameters as a JSON array, sealed (a survey link is a secret). */
    private String params;

    /** The text of a text message or of free WhatsApp text, sealed. */
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DeliveryStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant claimedUntil;

    private String providerMessageId;

    private Integer segments;

    private String lastError;

    private Instant createdAt;

    private Instant sentAt;

    private Instant statusAt;

    @Version
    private long version;

    protected OutboundMessage() {
    }

    OutboundMessage(MessagingChannel channel, Purpose purpose, String dedupeKey, Long accountId, String mobile,
                    String language, CaseKind caseKind, Long caseId, String templateName, String paramsJson,
                    String body, Instant now) {
        this.channel = channel;
        this.purpose = purpose;
        this.dedupeKey = dedupeKey;
        this.accountId = accountId;
        this.mobile = mobile;
        this.language = language;
        this.caseKind = caseKind;
        this.caseId = caseId;
        this.templateName = templateName;
        this.params = sealed().seal("params", paramsJson);
        this.body = sealed().seal("body", body);
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.statusAt = now;
    }

    /** A message sent at once rather than through the queue (a one-time code): recorded as sent. */
    static OutboundMessage sentNow(MessagingChannel channel, Purpose purpose, String dedupeKey, String mobile,
                                   String maskedBody, String providerMessageId, int segments, Instant now) {
        OutboundMessage message = new OutboundMessage(channel, purpose, dedupeKey, null, mobile, "ar", null, null,
                null, null, maskedBody, now);
        message.status = DeliveryStatus.SENT;
        message.attempts = 1;
        message.providerMessageId = providerMessageId;
        message.segments = segments;
        message.sentAt = now;
        return message;
    }

    /** Takes the message for one try, until {@code now + lease}. */
    void claim(Instant now, Duration lease) {
        status = DeliveryStatus.SENDING;
        attempts++;
        claimedUntil = now.plus(lease);
    }

    void sent(String providerId, Integer segmentCount, Instant now) {
        status = DeliveryStatus.SENT;
        providerMessageId = providerId;
        segments = segmentCount;
        sentAt = now;
        statusAt = now;
        claimedUntil = null;
        lastError = null;
    }

    void retryAt(Instant when, String error) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = when;
        claimedUntil = null;
        lastError = cut(error);
    }

    void fail(String error, Instant now) {
        status = DeliveryStatus.FAILED;
        claimedUntil = null;
        lastError = cut(error);
        statusAt = now;
    }

    void cancel(String reason, Instant now) {
        status = DeliveryStatus.CANCELLED;
        claimedUntil = null;
        lastError = cut(reason);
        statusAt = now;
    }

    /** A delivery report; an older or weaker one than what is known changes nothing. */
    boolean report(DeliveryStatus reported, String error, Instant at) {
        if (!status.mayBecome(reported)) {
            return false;
        }
        status = reported;
        statusAt = at;
        if (error != null) {
            lastError = cut(error);
        }
        return true;
    }

    private static String cut(String text) {
        return text == null ? null : text.length() > 300 ? text.substring(0, 300) : text;
    }

    Long id() {
        return id;
    }

    MessagingChannel channel() {
        return channel;
    }

    Purpose purpose() {
        return purpose;
    }

    String dedupeKey() {
        return dedupeKey;
    }

    Long accountId() {
        return accountId;
    }

    String mobile() {
        return mobile;
    }

    String language() {
        return language;
    }

    CaseKind caseKind() {
        return caseKind;
    }

    Long caseId() {
        return caseId;
    }

    String templateName() {
        return templateName;
    }

    String paramsJson() {
        return sealed().open("params", params);
    }

    String bodyText() {
        return sealed().open("body", body);
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String providerMessageId() {
        return providerMessageId;
    }

    Integer segments() {
        return segments;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant statusAt() {
        return statusAt;
    }

    private RowSeal sealed() {
        return RowSeal.of("outbound_message", rowKey, created -> rowKey = created);
    }
}
