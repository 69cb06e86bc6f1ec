package org.eshraqa.portal.notifications;

import org.eshraqa.portal.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode, copies of mail kept whole (by a demo run, or before copies held no text)
 * lose their address, subject and body at start: links, tokens and case text must not wait there
 * for an administrator. Their kind is read from the dedupe key.
 */
@Component
class SentMailCopies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SentMailCopies.class);

    private final JdbcClient jdbc;
    private final Environment environment;

    SentMailCopies(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (DemoMode.isOn(environment)) {
            return;
        }
        int stripped = jdbc.sql("""
                update sent_mail
                set kind = coalesce(kind, substring_index(dedupe_key, ':', 1), 'verification'),
                    recipient = null, subject = null, body_html = null
                where recipient is not null or subject is not null or body_html is not null
                """).update();
        if (stripped > 0) {
            log.info("Demo mode is off: {} kept mail copies reduced to account, kind and time", stripped);
        }
    }
}
