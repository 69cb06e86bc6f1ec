package org.eshraqa.portal.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.shared.crypto.RowSeal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message a person sent by WhatsApp or text message, and where it went. A photo or document is
 * kept here only after it passed the upload rules, and goes to no case unless an officer puts it there.
 */
@Entity
@Table(name = "inbound_message")
class InboundMessage {

    enum Kind { TEXT, MEDIA, OPT_OUT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MessagingChannel channel;

    private String providerMessageId;

    private String mobile;

    private Long accountId;

    private Long inquiryId;

    private Long contactId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Kind kind;

    private String rowKey;

    private String body;

    private String mediaType;

    private String mediaFileName;

    private String mediaSha256;

    /** The checked bytes until the row is saved; then in {@code inbound_media}. */
    @jakarta.persistence.Transient
    private byte[] mediaContent;

    private String mediaRefusal;

    private Instant receivedAt;

    protected InboundMessage() {
    }

    InboundMessage(MessagingChannel channel, String providerMessageId, String mobile, Kind kind, String body,
                   Instant receivedAt) {
        this.channel = channel;
        this.providerMessageId = providerMessageId;
        this.mobile = mobile;
        this.kind = kind;
        this.body = sealed().seal("body", body);
        this.receivedAt = receivedAt;
    }

    void media(String type, String fileName, String sha256, byte[] content) {
        this.mediaType = type;
        this.mediaFileName = fileName;
        this.mediaSha256 = sha256;
        this.mediaContent = content;
    }

    void mediaRefused(String reasonKey) {
        this.mediaRefusal = reasonKey;
    }

    void from(Long account) {
        this.accountId = account;
    }

    void wentTo(Long inquiry, Long contact) {
        this.inquiryId = inquiry;
        this.contactId = contact;
    }

    Long id() {
        return id;
    }

    MessagingChannel channel() {
        return channel;
    }

    String mobile() {
        return mobile;
    }

    Long accountId() {
        return accountId;
    }

    Long inquiryId() {
        return inquiryId;
    }

    Long contactId() {
        return contactId;
    }

    Kind kind() {
        return kind;
    }

    String bodyText() {
        return sealed().open("body", body);
    }

    String mediaType() {
        return mediaType;
    }

    String mediaFileName() {
        return mediaFileName;
    }

    byte[] pendingMediaContent() {
        return mediaContent;
    }

    String mediaRefusal() {
        return mediaRefusal;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    private RowSeal sealed() {
        return RowSeal.of("inbound_message", rowKey, created -> rowKey = created);
    }
}
