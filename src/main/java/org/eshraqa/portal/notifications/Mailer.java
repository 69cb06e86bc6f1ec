package org.eshraqa.portal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.eshraqa.portal.shared.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends mail through the configured SMTP server, or, with no {@code spring.mail.host}, does not
 * send it. Each mail leaves a copy in {@code sent_mail} for the administrator: outside demo mode
 * only whom (account id), what kind, when and how ({@link SentMail}), in demo mode the whole mail.
 * The log names the account id and the kind, never the address, subject or body; only in demo
 * mode without a mail server does it show the body, so a newcomer can follow the link.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final SentMailRepository sentMail;
    private final Clock clock;
    private final String from;
    private final Environment environment;

    Mailer(ObjectProvider<JavaMailSender> mailSender, SentMailRepository sentMail, Clock clock,
           @Value("${portal.mail.from}") String from, Environment environment) {
        this.mailSender = mailSender;
        this.sentMail = sentMail;
        this.clock = clock;
        this.from = from;
        this.environment = environment;
    }

    /**
     * Sends one mail to an account's address. Throws if the SMTP server refuses it, so the event
     * that asked for it stays incomplete in the publication registry and is retried.
     */
    @Transactional
    void send(long accountId, String to, String subject, String paragraphsHtml, Locale locale) {
        send(accountId, to, subject, paragraphsHtml, locale, null);
    }

    /**
     * Sends one mail once: with a {@code dedupeKey} that was already sent, nothing happens. The
     * key is recorded with the mail, in the listener's transaction; its first part (before
     * {@code :}) is the kind of mail, and a mail without a key is an account verification.
     */
    @Transactional
    void send(long accountId, String to, String subject, String paragraphsHtml, Locale locale, String dedupeKey) {
        if (dedupeKey != null && sentMail.existsByDedupeKey(dedupeKey)) {
            log.info("Mail {} already sent; not sending it again", dedupeKey);
            return;
        }
        String kind = kind(dedupeKey);
        String html = wrap(paragraphsHtml, locale);
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (DemoMode.isOn(environment)) {
                log.info("Demo mode, no mail server configured: mail {} to account {}:\n{}", kind, accountId,
                        Jsoup.parse(html).wholeText());
            } else {
                log.warn("No mail server configured: mail {} to account {} not sent (SPRING_MAIL_HOST)", kind,
                        accountId);
            }
            sentMail.save(copy(accountId, kind, to, subject, html, SentMail.Transport.LOG, dedupeKey));
            return;
        }
        try {
            var message = newMessage(sender, dedupeKey);
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(Jsoup.parse(html).wholeText().strip(), html);
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail could not be composed", e);
        }
        sentMail.save(copy(accountId, kind, to, subject, html, SentMail.Transport.SMTP, dedupeKey));
        log.info("Mail {} sent to account {}", kind, accountId);
    }

    /**
     * A mail with a key gets a Message-ID made from the key, the same at every attempt. Delivery is
     * at least once: a node that dies after the mail server took the mail and before its copy was
     * committed sends it again after the restart, and the second copy carries the same Message-ID,
     * which mail stores and clients use to show it once (and the cluster drill counts by).
     */
    private MimeMessage newMessage(JavaMailSender sender, String dedupeKey) {
        if (dedupeKey == null || !(sender instanceof JavaMailSenderImpl impl)) {
            return sender.createMimeMessage();
        }
        String id = "<" + messageId(dedupeKey) + "@" + from.substring(from.indexOf('@') + 1) + ">";
        return new MimeMessage(impl.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
    }

    /** The local part of a keyed mail's Message-ID: the first 32 hex digits of the key's SHA-256. */
    static String messageId(String dedupeKey) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(dedupeKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest).substring(0, 32) + ".portal";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SentMail copy(long accountId, String kind, String to, String subject, String html,
                          SentMail.Transport transport, String dedupeKey) {
        return DemoMode.isOn(environment) ? SentMail.whole(accountId, kind, to, subject, html, transport, clock.instant(), dedupeKey)
                : SentMail.withoutText(accountId, kind, transport, clock.instant(), dedupeKey);
    }

    static String kind(String dedupeKey) {
        if (dedupeKey == null) {
            return "verification";
        }
        int colon = dedupeKey.indexOf(':');
        return colon < 0 ? dedupeKey : dedupeKey.substring(0, colon);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SentMailRecord> recent(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return sentMail.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(offset / size, size))
                .map(SentMail::toRecord).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return sentMail.count();
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String wrap(String paragraphsHtml, Locale locale) {
        boolean arabic = "ar".equals(locale.getLanguage());
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\"" + (arabic ? "rtl" : "ltr")
                + "\"><body style=\"font-family: Tahoma, Arial, sans-serif; line-height: 1.6; color: #1f2d3d\">"
                + "<div dir=\"" + (arabic ? "rtl" : "ltr") + "\">" + paragraphsHtml + "</div></body></html>";
    }
}
