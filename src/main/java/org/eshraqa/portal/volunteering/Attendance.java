package org.eshraqa.portal.volunteering;

/** Whether the volunteer came, as the coordinator marked it. */
public enum Attendance {
    PRESENT,
    ABSENT
}
