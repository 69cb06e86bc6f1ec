package org.eshraqa.portal.notifications;

import java.time.Duration;
import java.util.Locale;
import org.eshraqa.portal.requests.ClaimCodeSender;
import org.eshraqa.portal.messaging.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends the one-time code of a claim (P-8) to the mobile recorded on the request, through the
 * messaging module's SMS gateway, at once (the outbox keeps a record with the code masked). The person recorded has no account and so no chosen language:
 * the message is in Arabic, then English. It is sent at once, not through the event registry,
 * so the code is never stored.
 */
@Component
class ClaimCodeSms implements ClaimCodeSender {

    private final Outbox outbox;
    private final MessageSource messages;

    ClaimCodeSms(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public void send(String mobile, String code, Duration validFor, String key) {
        Object[] args = {code, String.valueOf(validFor.toMinutes())};
        String text = messages.getMessage("claim.sms", args, Locale.forLanguageTag("ar")) + "\n"
                + messages.getMessage("claim.sms", args, Locale.ENGLISH);
        outbox.sendCodeNow(mobile, text, code, key);
    }
}
