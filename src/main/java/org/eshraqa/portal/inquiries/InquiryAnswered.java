package org.eshraqa.portal.inquiries;

import java.time.Instant;
import org.eshraqa.portal.shared.Channel;

/**
 * Staff answered a question. {@code messageId} identifies this answer (a listener can recognise a
 * redelivery); {@code firstAnswer} tells the first answer from later ones in the same thread.
 */
public record InquiryAnswered(long inquiryId, long messageId, long askerAccountId, String subject, Channel channel,
                              boolean firstAnswer, Instant answeredAt) {
}
