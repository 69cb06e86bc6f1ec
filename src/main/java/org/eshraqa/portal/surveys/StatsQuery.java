package org.eshraqa.portal.surveys;

import java.time.LocalDate;

/**
 * What a dashboard asks: whole months from {@code from} to {@code to} (in one calendar), and
 * optionally one value of one dimension to look at. Whole months only: a period of arbitrary
 * days could be set against another to single out one day's raters.
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

    LocalDate firstDay() {
        return from.firstDay();
    }

    LocalDate lastDay() {
        return to.lastDay();
    }

    String filterDim() {
        return filter == null ? SurveyRollups.ALL : filter.name();
    }

    String filterKey() {
        return filter == null ? "" : filterValue;
    }
}
