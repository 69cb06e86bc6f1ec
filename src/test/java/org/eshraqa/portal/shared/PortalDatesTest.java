package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalDatesTest {

    private static final Locale AR = Locale.forLanguageTag("ar");

    @Test
    void showsTheUmmAlQuraDateInArabic() {
        // 1 Ramadan 1447 AH fell on 18 February 2026 in the Umm al-Qura calendar.
        String hijri = PortalDates.hijri(LocalDate.of(2026, 2, 18), AR);
        assertThat(hijri).contains("رمضان").contains("1447").endsWith("هـ");
    }

    @Test
    void showsTheHijriDateInEnglish() {
        String hijri = PortalDates.hijri(LocalDate.of(2026, 2, 18), Locale.ENGLISH);
        assertThat(hijri).contains("Ramadan").contains("1447").endsWith("AH");
    }

    @Test
    void showsBothCalendars() {
        String both = PortalDates.both(LocalDate.of(2026, 11, 25), Locale.ENGLISH);
        assertThat(both).contains("1448 AH").contains("November").contains("2026");
    }

    @Test
    void readsInstantsOnRiyadhTime() {
        // 22:30 UTC is already the next day in Riyadh (UTC+3).
        String date = PortalDates.both(Instant.parse("2026-11-24T22:30:00Z"), Locale.ENGLISH);
        assertThat(date).contains("25 November 2026");
    }

    @Test
    void aHijriDayGoesToTheGregorianCalendarAndBack() {
        assertThat(PortalDates.fromHijri(1447, 9, 1)).contains(LocalDate.of(2026, 2, 18));
        assertThat(PortalDates.hijriDay(LocalDate.of(2026, 2, 18))).isEqualTo(new PortalDates.HijriDay(1447, 9, 1));
        assertThat(PortalDates.fromHijri(1447, 13, 1)).isEmpty();
        assertThat(PortalDates.fromHijri(1447, 9, 31)).isEmpty();
    }

    @Test
    void aDateTypedDayFirstIsReadInEveryDigitSet() {
        LocalDate valentine = LocalDate.of(1996, 2, 14);
        for (String typed : new String[] {"14/2/1996", "14/02/1996", " 14 / 2 / 1996 ", "١٤/٢/١٩٩٦", "۱۴/۰۲/۱۹۹۶",
                "14-2-1996", "14.2.1996"}) {
            assertThat(PortalDates.parseDayMonthYear(typed)).as(typed).contains(valentine);
        }
        for (String typed : new String[] {null, "", "1996-02-14", "31/2/1996", "14/2/96", "١٤ فبراير ١٩٩٦"}) {
            assertThat(PortalDates.parseDayMonthYear(typed)).as("'%s'", typed).isEmpty();
        }
        assertThat(PortalDates.parseDayMonthYear(PortalDates.dayMonthYear(valentine))).contains(valentine);
    }
}
