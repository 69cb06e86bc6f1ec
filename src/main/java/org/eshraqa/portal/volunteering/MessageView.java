package org.eshraqa.portal.volunteering;

import java.time.Instant;

/** A message on an application's thread, or an internal note (then {@code fromStaff} is always true). */
public record MessageView(long id, String authorName, boolean fromStaff, String body, Instant at) {
}
