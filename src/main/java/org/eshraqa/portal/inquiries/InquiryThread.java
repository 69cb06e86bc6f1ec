package org.eshraqa.portal.inquiries;

import java.time.Instant;
import java.util.List;
import org.eshraqa.portal.shared.Channel;

/** A question and its thread, as the asker sees it (staff see the same, plus {@link StaffInquiryView}). */
public record InquiryThread(long id, String subject, InquiryState state, Channel channel, Long requestId,
                            String requestReference, Instant createdAt, List<Message> messages, long version) {

    /** One message; HTML in the body is text, never markup. */
    public record Message(long id, String authorName, boolean fromStaff, String body, Instant at) {
    }
}
