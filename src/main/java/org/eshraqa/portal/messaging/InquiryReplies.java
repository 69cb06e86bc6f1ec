package org.eshraqa.portal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.inquiries.InquiryAnswered;
import org.eshraqa.portal.inquiries.Inquiries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff's answer to a question that came by WhatsApp or text message goes back on the same
 * channel, to the number it came from: by WhatsApp as free text while the person's last message is
 * less than 24 hours old (WhatsApp's customer service window), otherwise as the approved template
 * that tells them an answer is waiting; by SMS as text. Queued in the outbox like every message,
 * once per answer.
 */
@Component
class InquiryReplies {

    static final Duration WINDOW = Duration.ofHours(24);

    private final InboundMessageRepository inbound;
    private final OutboundMessageRepository outbound;
    private final OptOuts optOuts;
    private final Inquiries inquiries;
    private final org.eshraqa.portal.identity.Accounts accounts;
    private final JsonMapper json;
    private final Clock clock;

    InquiryReplies(InboundMessageRepository inbound, OutboundMessageRepository outbound, OptOuts optOuts,
                   Inquiries inquiries, org.eshraqa.portal.identity.Accounts accounts, JsonMapper json, Clock clock) {
        this.accounts = accounts;
        this.inbound = inbound;
        this.outbound = outbound;
        this.optOuts = optOuts;
        this.inquiries = inquiries;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InquiryAnswered event) {
        String key = "inquiry-answer:" + event.messageId();
        inbound.findFirstByInquiryIdOrderByIdDesc(event.inquiryId()).ifPresent(last -> {
            if (outbound.existsByDedupeKey(key) || optOuts.optedOut(last.mobile(), last.channel())) {
                return;
            }
            String answer = inquiries.messageText(event.inquiryId(), event.messageId()).orElse(null);
            if (answer == null) {
                return;
            }
            String language = last.accountId() == null ? "ar" : accounts.summaryOf(last.accountId())
                    .map(p -> p.language() == null ? "ar" : p.language()).orElse("ar");
            boolean inWindow = last.receivedAt().isAfter(clock.instant().minus(WINDOW));
            OutboundMessage reply = last.channel() == MessagingChannel.WHATSAPP && !inWindow
                    ? new OutboundMessage(MessagingChannel.WHATSAPP, Purpose.ANSWER, key, last.accountId(),
                            last.mobile(), language, CaseKind.INQUIRY, event.inquiryId(), Outbox.Templates.ANSWER,
                            json.writeValueAsString(List.of(String.valueOf(event.inquiryId()))), null, clock.instant())
                    : new OutboundMessage(last.channel(), Purpose.ANSWER, key, last.accountId(), last.mobile(),
                            language, CaseKind.INQUIRY, event.inquiryId(), null, null, answer, clock.instant());
            outbound.save(reply);
        });
    }
}
