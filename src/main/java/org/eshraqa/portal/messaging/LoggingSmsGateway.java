package org.eshraqa.portal.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS gateway used until a real provider is configured: it writes the message to the log. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobile, String text, String idempotencyKey) {
        log(mobile, text, idempotencyKey);
    }

    /** A one-time code never reaches the log: whoever reads the log could claim with it. */
    @Override
    public void sendSecret(String mobile, String text, String secret, String idempotencyKey) {
        log(mobile, secret == null || secret.isEmpty() ? text : text.replace(secret, "••••••"), idempotencyKey);
    }

    private static void log(String mobile, String text, String idempotencyKey) {
        String masked = mobile.length() > 4 ? "…" + mobile.substring(mobile.length() - 4) : mobile;
        log.info("SMS (no provider configured) to {} [{}]: {}", masked, idempotencyKey, text);
    }
}
