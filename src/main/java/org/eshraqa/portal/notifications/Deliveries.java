package org.eshraqa.portal.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes one piece of news to one person — a bell entry or a mail — in the language of their
 * account, once per dedupe key. Listeners decide what to say; this decides how it is delivered.
 */
@Component
class Deliveries {

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final Accounts accounts;
    private final PersonalDataRights rights;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    Deliveries(NotificationRepository notifications, Mailer mailer, Accounts accounts, PersonalDataRights rights,
               MessageSource messages,
               Clock clock, @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.accounts = accounts;
        this.rights = rights;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What to say, in the recipient's language; the body (under the title in the bell) may be null. */
    record News(Function<Locale, String> titleIn, Function<Locale, String> bodyIn) {

        String title(Locale locale) {
            return titleIn.apply(locale);
        }

        String body(Locale locale) {
            return bodyIn == null ? null : bodyIn.apply(locale);
        }
    }

    Optional<AccountSummary> person(long accountId) {
        return accounts.summaryOf(accountId);
    }

    /** A bell entry linking to {@code route}, unless one with this key exists. */
    void inApp(long accountId, String dedupeKey, News news, String route) {
        if (notifications.existsByDedupeKey(dedupeKey)) {
            return;
        }
        person(accountId).ifPresent(person -> {
            Locale locale = locale(person);
            notifications.save(new Notification(person.id(), dedupeKey, news.title(locale), news.body(locale), route,
                    clock.instant()));
        });
    }

    /**
     * A mail: greeting, the paragraphs, a link to {@code route} labelled with {@code linkKey},
     * signature. All text is escaped; sent once per key.
     */
    void mail(long accountId, String dedupeKey, News news, Function<Locale, List<String>> paragraphs, String route,
              String linkKey) {
        mailWithLink(accountId, dedupeKey, news, paragraphs, link(route), linkKey);
    }

    /** As {@link #mail}, with a full address for the link (a survey's single-use link, say). */
    void mailWithLink(long accountId, String dedupeKey, News news, Function<Locale, List<String>> paragraphs,
                      String address, String linkKey) {
        person(accountId).ifPresent(person -> {
            Locale locale = locale(person);
            StringBuilder body = new StringBuilder(paragraph(text("mail.greeting", locale, person.fullName())));
            paragraphs.apply(locale).forEach(p -> body.append(paragraph(p)));
            String url = Mailer.escape(address);
            body.append("<p><a href=\"").append(url).append("\">").append(Mailer.escape(text(linkKey, locale)))
                    .append("</a></p>").append(paragraph(text("mail.signature", locale)));
            mailer.send(person.id(), person.email(), news.title(locale), body.toString(), locale, dedupeKey);
        });
    }

    /** The full address of a route, for links that leave the portal (mails, surveys). */
    String link(String route) {
        return baseUrl + "/" + route;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static Locale locale(AccountSummary person) {
        return Locale.forLanguageTag(person.language() == null ? "ar" : person.language());
    }

    private static String paragraph(String text) {
        return "<p style=\"white-space: pre-wrap\">" + Mailer.escape(text) + "</p>";
    }
}
