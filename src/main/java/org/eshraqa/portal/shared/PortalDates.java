package org.eshraqa.portal.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place dates are turned into text, and text typed into dates: every date is shown in the
 * Hijri (Umm al-Qura) calendar and the Gregorian calendar, in the reader's language; a typed date
 * is read in either calendar and in any of the digit sets {@link Digits} knows.
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

    /** A day of the Umm al-Qura calendar, as a form asks for it. */
    public record HijriDay(int year, int month, int day) {
    }

    /** The Hijri day of a Gregorian date. */
    public static HijriDay hijriDay(LocalDate date) {
        HijrahDate hijrah = HijrahChronology.INSTANCE.date(date);
        return new HijriDay(hijrah.get(ChronoField.YEAR), hijrah.get(ChronoField.MONTH_OF_YEAR),
                hijrah.get(ChronoField.DAY_OF_MONTH));
    }

    /** The Gregorian date of a Hijri day; empty when there is no such day (a 30th of a 29-day month). */
    public static Optional<LocalDate> fromHijri(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day)));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

    /**
     * A Gregorian date typed day first, as in Saudi Arabia: {@code 14/2/1996}, {@code 14/02/1996},
     * with Arabic-Indic digits or with dashes or dots. Empty when it is not such a date.
     */
    public static Optional<LocalDate> parseDayMonthYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH_YEAR.matcher(Digits.toLatin(text.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** The way {@link #parseDayMonthYear} reads it back: {@code 14/2/1996}. */
    public static String dayMonthYear(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private static boolean isArabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
