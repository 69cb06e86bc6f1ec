package org.eshraqa.portal.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.identity.MessagingChannelChosen;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messaging module's API for sending. A notice is written to the outbox in the caller's
 * transaction (in a listener of the event publication registry, that of the listener), on the
 * channel the person chose, in their language, once per dedupe key; {@link OutboxDispatcher}
 * sends it. Nothing is written for a person without a mobile, who stopped messages on their
 * mobile, or whose number answered "STOP" on that channel.
 */
@Service
public class Outbox {

    /**
     * What to tell a person: the WhatsApp template and its parameters, and the text message, each
     * made in the person's language.
     */
    public record Notice(long accountId, String dedupeKey, Purpose purpose, CaseKind caseKind, Long caseId,
                         String template, Function<Locale, List<String>> parameters, Function<Locale, String> text) {
    }

    /**
     * The WhatsApp message templates the portal uses, by name. Each must be created and approved in
     * the WhatsApp Manager in Arabic ({@code ar}) and English ({@code en}), utility category, with
     * the body parameters in this order (docs/operations.md gives the wording).
     */
    public static final class Templates {

        /** {{1}} the request or application number, {{2}} its new state. */
        public static final String CASE_UPDATE = "eshraqa_case_update";

        /** {{1}} the single-use survey link. */
        public static final String SURVEY = "eshraqa_survey";

        /** {{1}} the question's number: an answer is waiting (outside the 24-hour window). */
        public static final String ANSWER = "eshraqa_inquiry_answer";

        private Templates() {
        }
    }

    private final OutboundMessageRepository messages;
    private final Accounts accounts;
    private final PersonalDataRights rights;
    private final OptOuts optOuts;
    private final ObjectProvider<WhatsAppCloudApi> whatsApp;
    private final SmsGateway sms;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(OutboundMessageRepository messages, Accounts accounts, PersonalDataRights rights, OptOuts optOuts,
           ObjectProvider<WhatsAppCloudApi> whatsApp, ObjectProvider<SmsGateway> smsGateways, JsonMapper json,
           Clock clock) {
        this.messages = messages;
        this.accounts = accounts;
        this.rights = rights;
        this.optOuts = optOuts;
        this.whatsApp = whatsApp;
        this.sms = smsGateways.getIfAvailable(LoggingSmsGateway::new);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues the notice for the person, if they take messages on their mobile.
     *
     * @return whether a message was queued (false: no mobile, stopped, opted out, or queued before)
     */
    @Transactional
    public boolean notify(Notice notice) {
        Optional<AccountSummary> found = accounts.summaryOf(notice.accountId()).filter(p -> p.mobile() != null);
        if (found.isEmpty() || messages.existsByDedupeKey(notice.dedupeKey())) {
            return false;
        }
        AccountSummary person = found.get();
        MessagingChannel channel = channelFor(person.id());
        if (channel == MessagingChannel.NONE || optOuts.optedOut(person.mobile(), channel)) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(person.language() == null ? "ar" : person.language());
        OutboundMessage message = channel == MessagingChannel.WHATSAPP
                ? new OutboundMessage(channel, notice.purpose(), notice.dedupeKey(), person.id(), person.mobile(),
                        locale.getLanguage(), notice.caseKind(), notice.caseId(), notice.template(),
                        json.writeValueAsString(notice.parameters().apply(locale)), null, clock.instant())
                : new OutboundMessage(channel, notice.purpose(), notice.dedupeKey(), person.id(), person.mobile(),
                        locale.getLanguage(), notice.caseKind(), notice.caseId(), null, null,
                        notice.text().apply(locale), clock.instant());
        messages.save(message);
        return true;
    }

    /**
     * Sends a one-time code the person asked for now, not through the queue: the code is never
     * stored and is worth nothing after its minutes. The outbox keeps a record with the code
     * masked, so the message is counted and its delivery report lands. Sent even to a number that
     * answered "STOP": the person asked for it.
     *
     * @throws ProviderException when the provider refused it; the person may ask again
     */
    @Transactional
    public void sendCodeNow(String mobile, String text, String secret, String key) {
        SmsGateway.SmsReceipt receipt = sms.deliver(mobile, text, secret, key);
        if (!messages.existsByDedupeKey(key)) {
            messages.save(OutboundMessage.sentNow(MessagingChannel.SMS, Purpose.CODE, key, mobile,
                    text.replace(secret, "••••••"), receipt.providerMessageId(), receipt.segments(), clock.instant()));
        }
    }

    /** The person's channel, WhatsApp only while this portal has a WhatsApp number configured. */
    MessagingChannel channelFor(long accountId) {
        MessagingChannel chosen = rights.messagingChannel(accountId);
        if (chosen == MessagingChannel.WHATSAPP && whatsApp.getIfAvailable() == null) {
            return MessagingChannel.SMS;
        }
        return chosen;
    }

    /** Choosing a channel again on my-data lifts an earlier "STOP" on it. */
    @ApplicationModuleListener
    void on(MessagingChannelChosen event) {
        accounts.summaryOf(event.accountId()).filter(p -> p.mobile() != null).ifPresent(person -> {
            if (event.channel() != MessagingChannel.NONE) {
                optOuts.optIn(person.mobile(), event.channel());
            }
        });
    }
}
