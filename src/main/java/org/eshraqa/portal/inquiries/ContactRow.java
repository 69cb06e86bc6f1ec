package org.eshraqa.portal.inquiries;

import java.time.Instant;
import java.time.LocalDate;
import org.eshraqa.portal.shared.Channel;

/** A logged contact as staff see it in the log and among the follow-ups due. */
public record ContactRow(long id, Channel channel, boolean hasAccount, String personName, String personMobile,
                         String topic, String outcome, LocalDate followUpOn, Instant followUpDoneAt,
                         String followUpNote, Long inquiryId, String loggedBy, Instant loggedAt, long version) {

    public boolean followUpDue(LocalDate today) {
        return followUpOn != null && followUpDoneAt == null && !followUpOn.isAfter(today);
    }
}
