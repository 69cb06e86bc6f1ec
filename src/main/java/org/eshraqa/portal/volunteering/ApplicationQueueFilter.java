package org.eshraqa.portal.volunteering;

import java.time.DayOfWeek;
import java.util.Set;

/** Filters of the coordinator's queue; empty states mean the open work (submitted to accepted). */
public record ApplicationQueueFilter(Set<ApplicationState> states, Skill skill, Interest interest,
                                     DayOfWeek availableOn) {

    public ApplicationQueueFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static ApplicationQueueFilter none() {
        return new ApplicationQueueFilter(Set.of(), null, null, null);
    }
}
