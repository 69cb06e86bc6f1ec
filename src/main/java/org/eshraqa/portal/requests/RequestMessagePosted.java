package org.eshraqa.portal.requests;

/**
 * Someone wrote on a support request's message thread. {@code fromStaff} tells whether the
 * beneficiary is the one to tell; the text itself does not travel in the event.
 */
public record RequestMessagePosted(long requestId, String reference, long beneficiaryAccountId, long messageId,
                                   boolean fromStaff) {
}
