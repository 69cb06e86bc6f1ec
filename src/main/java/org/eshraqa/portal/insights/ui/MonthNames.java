package org.eshraqa.portal.insights.ui;

import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eshraqa.portal.surveys.CalendarKind;
import org.eshraqa.portal.surveys.MonthKey;

/** A month as the reader names it: "نوفمبر 2026", "جمادى الأولى 1448 هـ", "November 2026". */
final class MonthNames {

    private MonthNames() {
    }

    static String of(MonthKey month, Locale locale) {
        if (month.calendar() == CalendarKind.HIJRI) {
            return DateTimeFormatter.ofPattern("MMMM y", locale).withChronology(HijrahChronology.INSTANCE)
                    .format(HijrahChronology.INSTANCE.date(month.firstDay()))
                    + ("ar".equals(locale.getLanguage()) ? " هـ" : " AH");
        }
        return DateTimeFormatter.ofPattern("MMMM y", locale).format(month.firstDay());
    }
}
