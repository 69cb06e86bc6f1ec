package org.eshraqa.portal.notifications;

import java.time.Clock;
import java.util.Locale;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.inquiries.InquiryAnswered;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the asker that staff answered their question: in the portal and by mail, each through its
 * own listener and the event publication registry, deduplicated by the answer's message id.
 */
@Component
class InquiryNotifications {

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final Accounts accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    InquiryNotifications(NotificationRepository notifications, Mailer mailer, Accounts accounts,
                         MessageSource messages, Clock clock, @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private static String key(InquiryAnswered event) {
        return "inquiry-answer:" + event.messageId();
    }

    @ApplicationModuleListener
    void inApp(InquiryAnswered event) {
        if (notifications.existsByDedupeKey(key(event))) {
            return;
        }
        accounts.summaryOf(event.askerAccountId()).ifPresent(person -> {
            Locale locale = locale(person);
            notifications.save(new Notification(person.id(), key(event), title(locale), event.subject(),
                    "inquiries/" + event.inquiryId(), clock.instant()));
        });
    }

    @ApplicationModuleListener
    void mail(InquiryAnswered event) {
        accounts.summaryOf(event.askerAccountId()).ifPresent(person -> {
            Locale locale = locale(person);
            String url = Mailer.escape(baseUrl + "/inquiries/" + event.inquiryId());
            String body = paragraph(text("mail.greeting", locale, person.fullName()))
                    + paragraph(text("notify.inquiry.body", locale, event.subject()))
                    + "<p><a href=\"" + url + "\">" + Mailer.escape(text("mail.openInquiry", locale)) + "</a></p>"
                    + paragraph(text("mail.signature", locale));
            mailer.send(person.id(), person.email(), title(locale), body, locale, key(event));
        });
    }

    private String title(Locale locale) {
        return text("notify.inquiry.title", locale);
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
