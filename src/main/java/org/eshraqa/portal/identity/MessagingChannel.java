package org.eshraqa.portal.identity;

/**
 * How a person wants messages about their cases on their mobile: by text message, by WhatsApp
 * (an explicit consent, chosen on my-data), or not at all (text messages stopped, or an opt-out
 * word sent back).
 */
public enum MessagingChannel {
    NONE,
    SMS,
    WHATSAPP
}
