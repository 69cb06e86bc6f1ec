package org.eshraqa.portal.messaging;

/**
 * Sends a text message to a Saudi mobile number (E.164). The portal ships with
 * {@link LoggingSmsGateway} and {@link UnifonicSms} (used when its properties are set, see
 * docs/operations.md); a deployment may plug in another provider by defining a bean of this type.
 * {@code idempotencyKey} names the message: a provider that supports it should drop a second
 * message with the same key.
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

    /**
     * Sends and tells what the provider answered: its id for the message (for delivery reports) and
     * the segments it bills. A gateway that cannot say reports no id and the segments as
     * {@link SmsSegments} counts them.
     *
     * @throws ProviderException when the provider refused or could not be reached
     */
    default SmsReceipt deliver(String mobile, String text, String secret, String idempotencyKey) {
        if (secret == null) {
            send(mobile, text, idempotencyKey);
        } else {
            sendSecret(mobile, text, secret, idempotencyKey);
        }
        return new SmsReceipt(null, SmsSegments.of(text).segments());
    }

    /** What the provider answered to one message. */
    record SmsReceipt(String providerMessageId, int segments) {
    }
}
