package org.eshraqa.testsupport;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eshraqa.portal.messaging.SmsGateway;

/**
 * The SMS gateway of the test portal: it keeps every message instead of sending it, so a test can
 * read exactly what went to which number. Tests share it; each reads only the numbers it made up.
 */
public final class RecordingSms implements SmsGateway {

    public record Sent(String mobile, String text, String key) {
    }

    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();

    @Override
    public void send(String mobile, String text, String idempotencyKey) {
        sent.add(new Sent(mobile, text, idempotencyKey));
    }

    /** Every message sent to this number, oldest first. */
    public List<Sent> to(String mobile) {
        return sent.stream().filter(s -> s.mobile().equals(mobile)).toList();
    }

    /** Every message sent, oldest first. */
    public List<Sent> all() {
        return List.copyOf(sent);
    }
}
