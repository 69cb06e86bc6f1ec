package org.eshraqa.portal.volunteering;

import java.time.Instant;
import java.util.Set;

/**
 * An opportunity as volunteers and the coordinator read it, with what the coordinator may do with
 * it at the time it was read ({@code actions}, decided by the opportunity itself).
 */
public record OpportunityView(long id, String title, String description, Interest interest, Instant startsAt,
                              Instant endsAt, MeetingMode mode, String location, int seats, int seatsTaken,
                              Set<Skill> requiredSkills, OpportunityState state, long version,
                              Set<OpportunityAction> actions) {

    public int seatsLeft() {
        return Math.max(0, seats - seatsTaken);
    }

    /** Length in minutes: the most hours anyone can give to it. */
    public long minutes() {
        return java.time.Duration.between(startsAt, endsAt).toMinutes();
    }
}
