package org.eshraqa.portal.notifications;

/**
 * Sends a text message to a Saudi mobile number (E.164). The portal ships with
 * {@link LoggingSmsGateway}; a deployment plugs in a real provider by defining a bean of this
 * type (see docs/operations.md). {@code idempotencyKey} names the event: a provider that supports
 * it should drop a second message with the same key, since a retried event may call again.
 */
public interface SmsGateway {

    void send(String mobile, String text, String idempotencyKey);

    /**
     * Sends a message carrying a secret, such as a one-time code. A provider sends it as any other
     * (the default); a gateway that writes messages anywhere but the phone must leave the secret out.
     */
    default void sendSecret(String mobile, String text, String secret, String idempotencyKey) {
        send(mobile, text, idempotencyKey);
    }
}
