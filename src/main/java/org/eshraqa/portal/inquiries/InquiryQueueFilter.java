package org.eshraqa.portal.inquiries;

import java.util.Set;
import org.eshraqa.portal.shared.Channel;

/**
 * What the staff queue shows. Empty {@code states} means every open state; a null channel means
 * every channel.
 */
public record InquiryQueueFilter(Set<InquiryState> states, Channel channel, boolean assignedToMe,
                                 boolean referredOnly) {

    public static InquiryQueueFilter open() {
        return new InquiryQueueFilter(Set.of(), null, false, false);
    }
}
