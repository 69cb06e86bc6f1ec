package org.eshraqa.portal.volunteering;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the coordinator writes when publishing or changing an opportunity. Times are local to
 * Riyadh, as people read them; {@code location} is a place in person or a meeting link remotely.
 */
public record OpportunityDraft(String title, String description, Interest interest, LocalDateTime startsAt,
                               LocalDateTime endsAt, MeetingMode mode, String location, Integer seats,
                               Set<Skill> requiredSkills) {

    public OpportunityDraft {
        requiredSkills = requiredSkills == null ? Set.of() : Set.copyOf(requiredSkills);
    }
}
