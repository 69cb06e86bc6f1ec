package org.eshraqa.portal.inquiries;

import java.time.Instant;
import org.eshraqa.portal.shared.Channel;

/**
 * Staff logged a contact that happened outside the portal. {@code personAccountId} is empty when
 * the person has no account; {@code finished} is false while a follow-up is still due.
 */
public record ContactLogged(long contactId, Channel channel, Long personAccountId, boolean finished,
                            Instant loggedAt) {
}
