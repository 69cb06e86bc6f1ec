package org.eshraqa.portal.volunteering;

/** A volunteer's confirmed time: the total, over how many opportunities, and what still waits for confirmation. */
public record HoursSummary(long confirmedMinutes, int opportunities, long awaitingMinutes) {

    public String confirmedHoursText() {
        return Hours.text(confirmedMinutes);
    }
}
