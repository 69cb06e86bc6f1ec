package org.eshraqa.portal.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what waits in the outbox, on one node at a time (ShedLock). Each message is claimed in a
 * short transaction of its own (status SENDING, one attempt more, a lease), handed to the provider
 * outside any transaction, and its outcome written in another. So:
 * <ul>
 * <li>a provider that is down or slow costs a retry later, with a backoff that doubles from
 *     {@code portal.messaging.retry-base} up to an hour, at most {@code max-attempts} tries; a refusal
 *     that will never succeed (a wrong number, a missing template, bad credentials) fails at once;</li>
 * <li>a message is never handed to the provider twice at the same time: claiming changes its status
 *     and version, so a second dispatcher loses;</li>
 * <li>a message whose lease ran out while SENDING (the node stopped between the provider's answer and
 *     the database) may have been sent: it is marked failed rather than sent again.</li>
 * </ul>
 * Before each try the person's choice is read again, so "STOP" or a change on my-data holds back
 * messages already queued.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final OutboundMessageRepository messages;
    private final SmsGateway sms;
    private final ObjectProvider<WhatsAppCloudApi> whatsApp;
    private final OptOuts optOuts;
    private final PersonalDataRights rights;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final int maxAttempts;
    private final Duration retryBase;
    private final int batch;

    OutboxDispatcher(OutboundMessageRepository messages, ObjectProvider<SmsGateway> smsGateways,
                     ObjectProvider<WhatsAppCloudApi> whatsApp, OptOuts optOuts, PersonalDataRights rights,
                     PlatformTransactionManager transactions, JsonMapper json, Clock clock, MeterRegistry meters,
                     @Value("${portal.messaging.max-attempts:8}") int maxAttempts,
                     @Value("${portal.messaging.retry-base:PT30S}") Duration retryBase,
                     @Value("${portal.messaging.batch:50}") int batch) {
        this.messages = messages;
        this.sms = smsGateways.getIfAvailable(LoggingSmsGateway::new);
        this.whatsApp = whatsApp;
        this.optOuts = optOuts;
        this.rights = rights;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${portal.messaging.dispatch-interval:PT5S}",
            initialDelayString = "${portal.messaging.dispatch-interval:PT5S}")
    @SchedulerLock(name = "messaging-outbox", lockAtMostFor = "PT10M")
    public void run() {
        dispatchDue();
    }

    /** One round: gives up stale claims, then sends up to a batch of due messages. */
    int dispatchDue() {
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> messages.stale(now).forEach(m -> {
            log.warn("Outbox message {} was left SENDING; not sent again in case it went out", m.id());
            m.fail("interrupted while sending; not repeated in case it was sent", now);
        }));
        List<Long> due = tx.execute(s -> messages.dueIds(now, PageRequest.of(0, batch)));
        int sent = 0;
        for (Long id : due) {
            if (dispatch(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims, sends and records one message; false if it was not sent now. */
    boolean dispatch(long id) {
        OutboundMessage claimed;
        try {
            claimed = tx.execute(s -> claim(id));
        } catch (OptimisticLockingFailureException raced) {
            return false;
        }
        if (claimed == null) {
            return false;
        }
        try {
            Outcome outcome = send(claimed);
            tx.executeWithoutResult(s -> messages.findById(id).ifPresent(m -> m.sent(outcome.providerId(),
                    outcome.segments(), clock.instant())));
            Counter.builder("portal.messaging.sent").description("Messages the providers accepted, by channel")
                    .tag("channel", claimed.channel().name()).register(meters).increment();
            return true;
        } catch (ProviderException failed) {
            tx.executeWithoutResult(s -> messages.findById(id).ifPresent(m -> failed(m, failed)));
            return false;
        } catch (RuntimeException unexpected) {
            tx.executeWithoutResult(s -> messages.findById(id).ifPresent(m ->
                    failed(m, new ProviderException(false, "error", unexpected.toString(), unexpected))));
            return false;
        }
    }

    private OutboundMessage claim(long id) {
        OutboundMessage message = messages.findById(id).orElse(null);
        Instant now = clock.instant();
        if (message == null || message.status() != DeliveryStatus.PENDING || message.nextAttemptAt().isAfter(now)) {
            return null;
        }
        if (stopped(message)) {
            message.cancel("stopped by the person", now);
            return null;
        }
        message.claim(now, LEASE);
        messages.saveAndFlush(message);
        // Read what is needed while the row is attached; the provider is called after the commit.
        message.paramsJson();
        return message;
    }

    private boolean stopped(OutboundMessage message) {
        if (optOuts.optedOut(message.mobile(), message.channel())) {
            return message.purpose() != Purpose.CODE;
        }
        if (message.accountId() != null && message.purpose() != Purpose.ANSWER && message.purpose() != Purpose.CODE) {
            MessagingChannel now = rights.messagingChannel(message.accountId());
            return now == MessagingChannel.NONE;
        }
        return false;
    }

    record Outcome(String providerId, Integer segments) {
    }

    private Outcome send(OutboundMessage message) {
        if (message.channel() == MessagingChannel.WHATSAPP) {
            WhatsAppCloudApi api = whatsApp.getIfAvailable();
            if (api == null) {
                throw new ProviderException(true, "not-configured", "WhatsApp is not configured");
            }
            if (message.templateName() != null) {
                List<String> params = message.paramsJson() == null ? List.of()
                        : json.readValue(message.paramsJson(), new TypeReference<List<String>>() { });
                return new Outcome(api.template(message.mobile(), message.templateName(), message.language(), params)
                        .messageId(), null);
            }
            return new Outcome(api.text(message.mobile(), message.bodyText()).messageId(), null);
        }
        SmsGateway.SmsReceipt receipt = sms.deliver(message.mobile(), message.bodyText(), null, message.dedupeKey());
        return new Outcome(receipt.providerMessageId(), receipt.segments());
    }

    private void failed(OutboundMessage message, ProviderException failed) {
        Instant now = clock.instant();
        String error = failed.code() + ": " + failed.getMessage();
        if (failed.permanent() || message.attempts() >= maxAttempts) {
            log.warn("Outbox message {} failed for good after {} attempt(s): {}", message.id(), message.attempts(), error);
            message.fail(error, now);
            Counter.builder("portal.messaging.failed").description("Messages given up on, by channel")
                    .tag("channel", message.channel().name()).register(meters).increment();
        } else {
            Duration wait = backoff(message.attempts());
            log.info("Outbox message {} will be tried again in {}: {}", message.id(), wait, error);
            message.retryAt(now.plus(wait), error);
        }
    }

    /** 1×, 2×, 4× … the base after the first, second, third attempt, at most an hour. */
    Duration backoff(int attempts) {
        Duration wait = retryBase.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
