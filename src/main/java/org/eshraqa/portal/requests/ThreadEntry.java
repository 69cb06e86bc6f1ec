package org.eshraqa.portal.requests;

import java.time.Instant;

/** A message on a request's thread, or a staff note. The body is plain text, never markup. */
public record ThreadEntry(long id, String authorName, boolean fromStaff, String body, Instant at) {
}
