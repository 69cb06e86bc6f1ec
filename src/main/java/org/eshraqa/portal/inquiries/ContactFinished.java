package org.eshraqa.portal.inquiries;

import java.time.Instant;
import org.eshraqa.portal.shared.Channel;

/** The follow-up of a logged contact was done: the contact is finished. */
public record ContactFinished(long contactId, Channel channel, Long personAccountId, Instant finishedAt) {
}
