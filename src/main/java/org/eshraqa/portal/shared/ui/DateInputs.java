package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the reader's language. Java's Arabic date pattern carries right-to-left marks
 * ({@code d‏/M‏/y}) that scramble the field's text in a right-to-left page, so every picker gets an
 * explicit day/month/year format, month and day names in the reader's language, and weeks that
 * start on Sunday, as in Saudi Arabia.
 */
public final class DateInputs {

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DateInputs() {
    }

    public static <P extends DatePicker> P localise(P picker) {
        Locale locale = UI.getCurrent().getLocale();
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker) {
        Locale locale = UI.getCurrent().getLocale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(locale));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setDateFormat("dd/MM/yyyy")
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                        locale)).toList())
                .setWeekdays(WEEK.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(WEEK.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(0)
                .setToday(Panels.t("date.today"))
                .setCancel(Panels.t("action.cancel"));
    }
}
