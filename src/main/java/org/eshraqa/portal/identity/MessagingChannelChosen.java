package org.eshraqa.portal.identity;

/**
 * A person chose on my-data how case messages reach their mobile; the messaging module lifts an
 * earlier opt-out word on that channel.
 */
public record MessagingChannelChosen(long accountId, MessagingChannel channel) {
}
