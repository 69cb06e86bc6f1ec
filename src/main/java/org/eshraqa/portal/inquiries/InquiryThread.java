package org.eshraqa.portal.inquiries;

import java.time.Instant;
import java.util.List;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.casefile.ThreadMessage;

/** A question and its thread, as the asker sees it (staff see the same, plus {@link StaffInquiryView}). */
public record InquiryThread(long id, String subject, InquiryState state, Channel channel, Long requestId,
                            String requestReference, Instant createdAt, List<ThreadMessage> messages,
                            long version) {
}
