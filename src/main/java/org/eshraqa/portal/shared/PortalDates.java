package org.eshraqa.portal.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place dates and times are turned into text, and text typed into dates: every date is
 * shown in the Hijri (Umm al-Qura) calendar and the Gregorian calendar, every time of day in the
 * association's time zone ({@code portal.time-zone}, Asia/Riyadh unless configured), in one format,
 * in the reader's language; a typed date is read in either calendar and in any of the digit sets
 * {@link Digits} knows. Views never format a date or a time themselves (checked by
 * {@code TimeFormattingRulesTest}).
 */
public final class PortalDates {

    /**
     * Riyadh, the default of {@code portal.time-zone}.
     *
     * @deprecated read {@link #zone()}, which follows {@code portal.time-zone}.
     */
    @Deprecated
    public static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    private static volatile ZoneId zone = ZONE;

    private PortalDates() {
    }

    /** The association's time zone: the days, dates and times people read are in it. */
    public static ZoneId zone() {
        return zone;
    }

    /** Set once at start from {@code portal.time-zone}. */
    static void useZone(ZoneId configured) {
        zone = Objects.requireNonNull(configured);
    }

    /** E.g. {@code 4 جمادى الآخرة 1448 هـ — 25 نوفمبر 2026}. */
    public static String both(LocalDate date, Locale locale) {
        return hijri(date, locale) + " — " + gregorian(date, locale);
    }

    public static String both(Instant instant, Locale locale) {
        return both(instant.atZone(zone).toLocalDate(), locale);
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

    /** A short Gregorian day and month, e.g. a week's first day on a chart's axis. */
    public static String dayAndMonth(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM", locale).format(date);
    }

    /** Date and time of day, e.g. for a timeline entry, a message or a receipt. */
    public static String dateTime(Instant instant, Locale locale) {
        return both(instant.atZone(zone).toLocalDate(), locale) + " " + time(instant, locale);
    }

    /** The time of day in the association's time zone, e.g. {@code 5:37 م}. */
    public static String time(Instant instant, Locale locale) {
        return time(instant.atZone(zone).toLocalTime(), locale);
    }

    /** A time of day already in the association's time zone (a weekly availability, say). */
    public static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** From one time to another: one date when both fall on the same day, else both in full. */
    public static String range(Instant start, Instant end, Locale locale, String separator) {
        LocalDate from = start.atZone(zone).toLocalDate();
        LocalDate to = end.atZone(zone).toLocalDate();
        if (from.equals(to)) {
            return both(from, locale) + separator + time(start, locale) + " – " + time(end, locale);
        }
        return dateTime(start, locale) + " – " + dateTime(end, locale);
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
