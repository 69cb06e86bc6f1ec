package org.eshraqa.portal.messaging;

import java.time.Instant;
import org.eshraqa.portal.identity.MessagingChannel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies a provider's delivery report to the message it names; reports go forward only. */
@Component
class DeliveryReports {

    private final OutboundMessageRepository messages;

    DeliveryReports(OutboundMessageRepository messages) {
        this.messages = messages;
    }

    /** @return whether a message of ours changed */
    @Transactional
    boolean report(MessagingChannel channel, String providerMessageId, DeliveryStatus status, String error,
                   Instant at) {
        return messages.findFirstByChannelAndProviderMessageId(channel, providerMessageId)
                .map(m -> m.report(status, error, at)).orElse(false);
    }
}
