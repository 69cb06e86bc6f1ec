package org.eshraqa.portal.shared.casefile;

import java.time.Instant;

/**
 * A message on a case's thread, or an internal note (then {@code fromStaff} is always true). The
 * body is plain text, never markup.
 */
public record ThreadMessage(long id, String authorName, boolean fromStaff, String body, Instant at) {
}
