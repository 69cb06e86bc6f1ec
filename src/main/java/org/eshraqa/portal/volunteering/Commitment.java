package org.eshraqa.portal.volunteering;

/** An opportunity the volunteer applied to, with what they may do about it now. */
public record Commitment(long enrolmentId, OpportunityView opportunity, EnrolmentState state, Attendance attendance,
                         Integer loggedMinutes, String loggedNote, Integer confirmedMinutes, boolean canLogHours,
                         boolean canWithdraw, long version) {
}
