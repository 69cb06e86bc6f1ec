package org.eshraqa.portal.surveys;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What a dashboard asks: whole months from {@code from} to {@code to} (in one calendar), and
 * optionally one value of one dimension to look at. A month counts the weeks (Sunday to Saturday)
 * that begin in it: so months of either calendar, the weekly trend and the metrics all add up
 * the same whole weeks, and no two of them differ by a few days.
 */
public record StatsQuery(MonthKey from, MonthKey to, Dimension filter, String filterValue) {

    public StatsQuery {
        if (from.calendar() != to.calendar() || from.compareTo(to) > 0) {
            throw new IllegalArgumentException("A period runs forward through months of one calendar");
        }
        if (filter != null && (!filter.isFilter() || filterValue == null || filterValue.isBlank())) {
            throw new IllegalArgumentException("Filter by one value of a filter dimension");
        }
    }

    public static StatsQuery months(MonthKey from, MonthKey to) {
        return new StatsQuery(from, to, null, null);
    }

    public StatsQuery filteredBy(Dimension dimension, String value) {
        return new StatsQuery(from, to, dimension, value);
    }

    public CalendarKind calendar() {
        return from.calendar();
    }

    /** The first Sunday of the first month. */
    LocalDate firstDay() {
        return from.firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** The Saturday before the first Sunday of the month after the last. */
    LocalDate lastDay() {
        return to.plus(1).firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).minusDays(1);
    }

    String filterDim() {
        return filter == null ? SurveyRollups.ALL : filter.name();
    }

    String filterKey() {
        return filter == null ? "" : filterValue;
    }
}
