package org.eshraqa.portal.requests;

import java.time.Instant;
import java.time.LocalDate;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.Region;

/** A line of the staff queue. */
public record QueueRow(long id, String reference, String applicantName, String serviceCode, Channel channel,
                       Region region, RequestState state, Instant submittedAt, LocalDate expectedDecisionDate,
                       boolean assignedToMe, boolean assigned) {
}
