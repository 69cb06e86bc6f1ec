package org.eshraqa.portal.notifications;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.requests.RequestMessagePosted;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import java.util.List;
import org.eshraqa.portal.messaging.CaseKind;
import org.eshraqa.portal.messaging.Outbox;
import org.eshraqa.portal.messaging.Purpose;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a beneficiary about every change to their request (P-1): in the portal, by mail and by
 * SMS, each through its own listener so that one channel failing does not hold back the others.
 * Each listener runs through the event publication registry and is retried until it succeeds;
 * the dedupe key, built from the event, keeps a retry from notifying twice.
 */
@Component
class RequestNotifications {

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final Outbox outbox;
    private final Accounts accounts;
    private final PersonalDataRights rights;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    RequestNotifications(NotificationRepository notifications, Mailer mailer, Outbox outbox,
                         Accounts accounts, PersonalDataRights rights, MessageSource messages, Clock clock,
                         @Value("${portal.base-url}") String baseUrl) {
        this.rights = rights;
        this.notifications = notifications;
        this.mailer = mailer;
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private static String key(SupportRequestStateChanged event) {
        return "request-state:" + event.requestId() + ":" + event.step();
    }

    private static String key(RequestMessagePosted event) {
        return "request-message:" + event.messageId();
    }

    @ApplicationModuleListener
    void inApp(SupportRequestStateChanged event) {
        if (event.to() == RequestState.DRAFT || notifications.existsByDedupeKey(key(event))) {
            return;
        }
        recipient(event.beneficiaryAccountId()).ifPresent(person -> {
            Locale locale = locale(person);
            notifications.save(new Notification(person.id(), key(event), stateTitle(event, locale),
                    stateBody(event, locale), "requests/" + event.requestId(), clock.instant()));
        });
    }

    @ApplicationModuleListener
    void mail(SupportRequestStateChanged event) {
        if (event.to() == RequestState.DRAFT) {
            return;
        }
        recipient(event.beneficiaryAccountId()).ifPresent(person -> {
            Locale locale = locale(person);
            String body = paragraph(text("mail.greeting", locale, person.fullName()))
                    + paragraph(stateTitle(event, locale))
                    + (event.publicNote() == null ? "" : "<blockquote style=\"white-space: pre-wrap\">"
                    + Mailer.escape(event.publicNote()) + "</blockquote>")
                    + paragraph(text("requestNext." + event.to().name(), locale))
                    + link(event.requestId(), locale)
                    + paragraph(text("mail.signature", locale));
            mailer.send(person.id(), person.email(), stateTitle(event, locale), body, locale, key(event));
        });
    }

    /**
     * By text message or WhatsApp, as the person chose on my-data: queued in the messaging module's
     * outbox, which sends it (the WhatsApp template carries the request number and the new state).
     */
    @ApplicationModuleListener
    void sms(SupportRequestStateChanged event) {
        if (event.to() == RequestState.DRAFT) {
            return;
        }
        outbox.notify(new Outbox.Notice(event.beneficiaryAccountId(), key(event), Purpose.CASE_UPDATE,
                CaseKind.REQUEST, event.requestId(), Outbox.Templates.CASE_UPDATE,
                locale -> List.of(String.valueOf(event.reference()), text("requestState." + event.to().name(), locale)),
                locale -> stateTitle(event, locale)));
    }

    @ApplicationModuleListener
    void inApp(RequestMessagePosted event) {
        if (!event.fromStaff() || notifications.existsByDedupeKey(key(event))) {
            return;
        }
        recipient(event.beneficiaryAccountId()).ifPresent(person -> {
            Locale locale = locale(person);
            notifications.save(new Notification(person.id(), key(event), messageTitle(event, locale), null,
                    "requests/" + event.requestId(), clock.instant()));
        });
    }

    @ApplicationModuleListener
    void mail(RequestMessagePosted event) {
        if (!event.fromStaff()) {
            return;
        }
        recipient(event.beneficiaryAccountId()).ifPresent(person -> {
            Locale locale = locale(person);
            String body = paragraph(text("mail.greeting", locale, person.fullName()))
                    + paragraph(text("notify.message.body", locale)) + link(event.requestId(), locale)
                    + paragraph(text("mail.signature", locale));
            mailer.send(person.id(), person.email(), messageTitle(event, locale), body, locale, key(event));
        });
    }

    private Optional<AccountSummary> recipient(long accountId) {
        return accounts.summaryOf(accountId);
    }

    private String stateTitle(SupportRequestStateChanged event, Locale locale) {
        return text("notify.state.title", locale, String.valueOf(event.reference()),
                text("requestState." + event.to().name(), locale));
    }

    private String stateBody(SupportRequestStateChanged event, Locale locale) {
        return event.publicNote() != null ? event.publicNote() : text("requestNext." + event.to().name(), locale);
    }

    private String messageTitle(RequestMessagePosted event, Locale locale) {
        return text("notify.message.title", locale, String.valueOf(event.reference()));
    }

    private String link(long requestId, Locale locale) {
        String url = Mailer.escape(baseUrl + "/requests/" + requestId);
        return "<p><a href=\"" + url + "\">" + Mailer.escape(text("mail.openRequest", locale)) + "</a></p>";
    }

    private static String paragraph(String text) {
        return "<p>" + Mailer.escape(text) + "</p>";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Locale locale(AccountSummary person) {
        return Locale.forLanguageTag(person.language() == null ? "ar" : person.language());
    }
}
