package org.eshraqa.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one place dates are turned into text: every date is shown in the Hijri (Umm al-Qura)
 * calendar and the Gregorian calendar, in the reader's language.
 */
public final class PortalDates {

    /** The association works on Riyadh time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    private PortalDates() {
    }

    /** E.g. {@code 4 جمادى الآخرة 1448 هـ — 25 نوفمبر 2026}. */
    public static String both(LocalDate date, Locale locale) {
        return hijri(date, locale) + " — " + gregorian(date, locale);
    }

    public static String both(Instant instant, Locale locale) {
        return both(instant.atZone(ZONE).toLocalDate(), locale);
    }

    public static String hijri(LocalDate date, Locale locale) {
        HijrahDate hijrah = HijrahChronology.INSTANCE.date(date);
        String suffix = isArabic(locale) ? " هـ" : " AH";
        return DateTimeFormatter.ofPattern("d MMMM y", locale).withChronology(HijrahChronology.INSTANCE)
                .format(hijrah) + suffix;
    }

    public static String gregorian(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM y", locale).format(date);
    }

    /** Date and time of day, e.g. for a timeline entry or a receipt. */
    public static String dateTime(Instant instant, Locale locale) {
        var local = instant.atZone(ZONE);
        return both(local.toLocalDate(), locale) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local);
    }

    private static boolean isArabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
