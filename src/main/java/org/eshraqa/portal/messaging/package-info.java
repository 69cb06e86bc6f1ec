/**
 * Messaging: text messages and WhatsApp, out and in. Every message goes through the outbox
 * ({@code outbound_message}) and leaves through a provider adapter (Unifonic for SMS, the WhatsApp
 * Business Platform Cloud API for WhatsApp; the log when none is configured); delivery statuses and
 * people's messages come back through signed webhooks. A message from a known mobile opens or
 * continues an inquiry in that person's account; from an unknown number it lands in the contact
 * log. API: {@link org.eshraqa.portal.messaging.Outbox}, {@link org.eshraqa.portal.messaging.MessageLog},
 * {@link org.eshraqa.portal.messaging.SmsGateway}.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.messaging;
