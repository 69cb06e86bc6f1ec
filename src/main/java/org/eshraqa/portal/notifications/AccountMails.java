package org.eshraqa.portal.notifications;

import java.util.Locale;
import org.eshraqa.portal.identity.EmailVerificationRequested;
import org.eshraqa.portal.identity.RegistrationForExistingAccount;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails about a person's account, in the person's language. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;

    AccountMails(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        Locale locale = Locale.forLanguageTag(event.language());
        String link = Mailer.escape(event.link());
        String body = "<p>" + Mailer.escape(messages.getMessage("mail.verify.greeting",
                new Object[] {event.fullName()}, locale)) + "</p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.verify.body", null, locale)) + "</p>"
                + "<p><a href=\"" + link + "\">" + Mailer.escape(messages.getMessage("mail.verify.action", null, locale))
                + "</a></p><p style=\"font-size: small\">" + link + "</p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.verify.ignore", null, locale)) + "</p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.signature", null, locale)) + "</p>";
        mailer.send(event.accountId(), event.email(), messages.getMessage("mail.verify.subject", null, locale), body,
                locale);
    }

    /** Someone registered with this person's address: tell the owner, not the visitor. */
    @ApplicationModuleListener
    void on(RegistrationForExistingAccount event) {
        Locale locale = Locale.forLanguageTag(event.language());
        String signIn = Mailer.escape(event.signInLink());
        String verify = Mailer.escape(event.verifyLink());
        String body = "<p>" + Mailer.escape(messages.getMessage("mail.verify.greeting",
                new Object[] {event.fullName()}, locale)) + "</p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.registerAgain.body", null, locale)) + "</p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.registerAgain.signIn", null, locale))
                + " <a href=\"" + signIn + "\">" + signIn + "</a></p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.registerAgain.verify", null, locale))
                + " <a href=\"" + verify + "\">" + verify + "</a></p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.registerAgain.ignore", null, locale)) + "</p>"
                + "<p>" + Mailer.escape(messages.getMessage("mail.signature", null, locale)) + "</p>";
        // One mail per attempt, sent once if the event is redelivered.
        mailer.send(event.accountId(), event.email(), messages.getMessage("mail.registerAgain.subject", null, locale),
                body, locale, "register-again:" + event.attempt());
    }
}
