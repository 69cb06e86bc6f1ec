package org.eshraqa.portal.notifications;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends mail through the configured SMTP server, or, with no {@code spring.mail.host}, writes it
 * to the log. Either way the mail is kept in {@code sent_mail} for the administrator.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final SentMailRepository sentMail;
    private final Clock clock;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> mailSender, SentMailRepository sentMail, Clock clock,
           @Value("${portal.mail.from}") String from) {
        this.mailSender = mailSender;
        this.sentMail = sentMail;
        this.clock = clock;
        this.from = from;
    }

    /**
     * Sends one mail. Throws if the SMTP server refuses it, so the event that asked for it stays
     * incomplete in the publication registry and is retried.
     */
    @Transactional
    void send(String to, String subject, String paragraphsHtml, Locale locale) {
        send(to, subject, paragraphsHtml, locale, null);
    }

    /**
     * Sends one mail once: with a {@code dedupeKey} that was already sent, nothing happens. The
     * key is recorded with the mail, in the listener's transaction.
     */
    @Transactional
    void send(String to, String subject, String paragraphsHtml, Locale locale, String dedupeKey) {
        if (dedupeKey != null && sentMail.existsByDedupeKey(dedupeKey)) {
            log.info("Mail {} already sent; not sending it again", dedupeKey);
            return;
        }
        String html = wrap(paragraphsHtml, locale);
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Mail (no mail server configured) to {}: {}\n{}", to, subject, Jsoup.parse(html).wholeText());
            sentMail.save(new SentMail(to, subject, html, SentMail.Transport.LOG, clock.instant())
                    .withDedupeKey(dedupeKey));
            return;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(Jsoup.parse(html).wholeText().strip(), html);
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail could not be composed", e);
        }
        sentMail.save(new SentMail(to, subject, html, SentMail.Transport.SMTP, clock.instant()).withDedupeKey(dedupeKey));
        log.info("Mail sent to {}: {}", to, subject);
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
