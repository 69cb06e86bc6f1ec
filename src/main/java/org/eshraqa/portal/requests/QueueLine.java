package org.eshraqa.portal.requests;

import java.time.Instant;
import java.time.LocalDate;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.Region;

/**
 * The columns of one queue line, read as a projection: a page of the queue loads neither whole
 * requests nor their encrypted texts, which it never shows.
 */
record QueueLine(long id, String reference, String applicantName, String serviceCode, Channel channel,
                 Region region, RequestState state, Instant submittedAt, LocalDate expectedDecisionDate,
                 Long assigneeAccountId) {
}
