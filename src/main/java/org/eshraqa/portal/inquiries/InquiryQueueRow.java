package org.eshraqa.portal.inquiries;

import java.time.Instant;
import org.eshraqa.portal.shared.Channel;

/** A line of the staff inquiry queue. */
public record InquiryQueueRow(long id, String subject, String askerName, Channel channel, InquiryState state,
                              Instant createdAt, Instant lastActivityAt, String assigneeName,
                              boolean referredToResearch) {
}
