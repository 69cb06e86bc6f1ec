package org.eshraqa.portal.volunteering;

import java.time.Instant;
import java.util.Set;

public record ApplicationQueueRow(long id, String reference, String name, ApplicationState state, Instant submittedAt,
                                  Instant interviewAt, Set<Skill> skills, Set<Interest> interests) {
}
