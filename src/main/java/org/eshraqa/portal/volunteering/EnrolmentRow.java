package org.eshraqa.portal.volunteering;

import java.time.Instant;

/** One volunteer who applied to an opportunity, as the coordinator sees it. */
public record EnrolmentRow(long id, String volunteerName, EnrolmentState state, Instant appliedAt,
                           Attendance attendance, Integer loggedMinutes, String loggedNote, Integer confirmedMinutes,
                           long version) {
}
