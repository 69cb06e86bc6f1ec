package org.eshraqa.portal.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.SaudiMobile;
import org.eshraqa.portal.shared.UploadRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * What a person sends us by WhatsApp or text message. An opt-out word stops messages to that
 * number on that channel at once (and, for an account, on the mobile altogether, as on my-data).
 * Anything else from a known mobile opens or continues a question in that person's account, on
 * the staff queue as social media (WhatsApp) or phone (SMS), P-8; from an unknown number it lands
 * in the contact log for an officer to link. A photo or PDF is fetched, checked by its content as
 * any upload and held here; it is never attached to a case by this path.
 */
@Component
class InboundMessages {

    private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

    /** One message as the webhook read it; {@code mediaId} for a photo or document. */
    record Received(MessagingChannel channel, String providerMessageId, String from, String senderName,
                    Instant sentAt, String text, String mediaId, String mediaFileName) {
    }

    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/jpeg", "jpg",
            "image/png", "png");

    private final InboundMessageRepository inbound;
    private final OutboundMessageRepository outbound;
    private final OptOuts optOuts;
    private final Accounts accounts;
    private final PersonalDataRights rights;
    private final Inquiries inquiries;
    private final Contacts contacts;
    private final ObjectProvider<WhatsAppCloudApi> whatsApp;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxMediaBytes;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    InboundMessages(InboundMessageRepository inbound, OutboundMessageRepository outbound, OptOuts optOuts,
                    Accounts accounts, PersonalDataRights rights, Inquiries inquiries, Contacts contacts,
                    ObjectProvider<WhatsAppCloudApi> whatsApp, MessageSource messages, Clock clock,
                    @Value("${portal.messaging.max-media-bytes:10MB}") DataSize maxMedia,
                    org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.inbound = inbound;
        this.outbound = outbound;
        this.optOuts = optOuts;
        this.accounts = accounts;
        this.rights = rights;
        this.inquiries = inquiries;
        this.contacts = contacts;
        this.whatsApp = whatsApp;
        this.messages = messages;
        this.clock = clock;
        this.maxMediaBytes = maxMedia.toBytes();
    }

    /** Handles one message; the caller has recorded it in the replay store in this transaction. */
    @Transactional
    void handle(Received received) {
        Optional<SaudiMobile> mobile = SaudiMobile.parse(received.from());
        String number = mobile.map(SaudiMobile::e164).orElse("+" + received.from().replaceAll("\\D", ""));
        Optional<AccountSummary> person = mobile.flatMap(m -> accounts.summaryByMobile(m.e164()));
        Instant now = clock.instant();
        if (received.mediaId() == null && OptOuts.isOptOut(received.text())) {
            optOuts.optOut(number, received.channel());
            outbound.pendingTo(number, received.channel()).stream().filter(m -> m.purpose() != Purpose.CODE)
                    .forEach(m -> m.cancel("stopped by the person", now));
            person.ifPresent(p -> rights.stopMessagesByReply(p.id()));
            InboundMessage stop = new InboundMessage(received.channel(), received.providerMessageId(), number,
                    InboundMessage.Kind.OPT_OUT, received.text(), now);
            person.ifPresent(p -> stop.from(p.id()));
            inbound.save(stop);
            log.info("A number ending {} opted out of {}", tail(number), received.channel());
            return;
        }
        Locale locale = Locale.forLanguageTag(person.map(AccountSummary::language).orElse("ar"));
        InboundMessage message = new InboundMessage(received.channel(), received.providerMessageId(), number,
                received.mediaId() == null ? InboundMessage.Kind.TEXT : InboundMessage.Kind.MEDIA,
                received.text(), now);
        StringBuilder text = new StringBuilder(received.text() == null ? "" : received.text().strip());
        if (received.mediaId() != null) {
            String note = media(message, received);
            if (!text.isEmpty()) {
                text.append("\n");
            }
            text.append(note == null ? messages.getMessage("messaging.inbound.media", null, locale)
                    : messages.getMessage("messaging.inbound.mediaRefused", new Object[] {
                            messages.getMessage(note, null, locale)}, locale));
        }
        if (text.isEmpty()) {
            text.append(messages.getMessage("messaging.inbound.empty", null, locale));
        }
        Channel channel = received.channel() == MessagingChannel.WHATSAPP ? Channel.SOCIAL_MEDIA : Channel.PHONE;
        String channelName = messages.getMessage("messaging.channel." + received.channel().name(), null, locale);
        String subject = messages.getMessage("messaging.inbound.subject", new Object[] {channelName,
                firstLine(text.toString())}, locale);
        if (person.isPresent()) {
            message.from(person.get().id());
            Long open = inbound.findFirstByMobileAndChannelAndInquiryIdNotNullOrderByIdDesc(number, received.channel())
                    .map(InboundMessage::inquiryId).orElse(null);
            long inquiryId = inquiries.receivedByMessage(person.get().id(), channel, open, subject, text.toString());
            message.wentTo(inquiryId, null);
        } else {
            long contactId = contacts.receivedFromUnknownNumber(channel, received.senderName(), number, subject,
                    text.toString(), channelName);
            message.wentTo(null, contactId);
        }
        InboundMessage saved = inbound.save(message);
        if (saved.pendingMediaContent() != null) {
            jdbc.sql("insert into inbound_media (inbound_id, content) values (:id, :content)")
                    .param("id", saved.id()).param("content", saved.pendingMediaContent()).update();
        }
    }

    /** Fetches and checks the media; null when it is held, else the message key of the refusal. */
    private String media(InboundMessage message, Received received) {
        WhatsAppCloudApi api = whatsApp.getIfAvailable();
        if (api == null) {
            message.mediaRefused("document.unreadable");
            return "document.unreadable";
        }
        Optional<WhatsAppCloudApi.Media> media = api.media(received.mediaId());
        if (media.isEmpty()) {
            message.mediaRefused("document.tooLarge");
            return "document.tooLarge";
        }
        byte[] bytes = media.get().content();
        Optional<String> type = UploadRules.detect(bytes);
        if (type.isEmpty()) {
            message.mediaRefused("document.type");
            return "document.type";
        }
        String name = received.mediaFileName() != null && UploadRules.nameAgrees(
                UploadRules.safeName(received.mediaFileName()), type.get())
                ? received.mediaFileName() : "whatsapp-" + received.providerMessageId().replaceAll("[^A-Za-z0-9]", "")
                        .substring(0, Math.min(24, received.providerMessageId().replaceAll("[^A-Za-z0-9]", "").length()))
                        + "." + EXTENSIONS.get(type.get());
        try {
            UploadRules.Accepted accepted = UploadRules.check("media", name, bytes, maxMediaBytes);
            message.media(accepted.mediaType(), accepted.fileName(), accepted.sha256(), bytes);
            return null;
        } catch (InvalidInputException refused) {
            String key = refused.fieldErrors().values().iterator().next();
            message.mediaRefused(key);
            return key;
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\\R", 2)[0];
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    static String tail(String number) {
        return number.length() > 4 ? "…" + number.substring(number.length() - 4) : number;
    }
}
