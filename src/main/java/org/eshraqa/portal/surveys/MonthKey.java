package org.eshraqa.portal.surveys;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/** A month in the Gregorian or the Hijri (Umm al-Qura) calendar, and the days it covers. */
public record MonthKey(CalendarKind calendar, int year, int month) implements Comparable<MonthKey> {

    public static MonthKey of(CalendarKind calendar, LocalDate day) {
        if (calendar == CalendarKind.HIJRI) {
            HijrahDate hijrah = HijrahChronology.INSTANCE.date(day);
            return new MonthKey(calendar, hijrah.get(ChronoField.YEAR), hijrah.get(ChronoField.MONTH_OF_YEAR));
        }
        return new MonthKey(calendar, day.getYear(), day.getMonthValue());
    }

    public LocalDate firstDay() {
        if (calendar == CalendarKind.HIJRI) {
            return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, 1));
        }
        return LocalDate.of(year, month, 1);
    }

    public LocalDate lastDay() {
        if (calendar == CalendarKind.HIJRI) {
            HijrahDate first = HijrahChronology.INSTANCE.date(year, month, 1);
            return LocalDate.from(first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        return firstDay().with(TemporalAdjusters.lastDayOfMonth());
    }

    public MonthKey plus(int months) {
        int index = year * 12 + (month - 1) + months;
        return new MonthKey(calendar, Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    @Override
    public int compareTo(MonthKey other) {
        return Integer.compare(year * 12 + month, other.year * 12 + other.month);
    }
}
