package org.eshraqa.portal.surveys;

/** Months on the dashboard: Gregorian, or Hijri (Umm al-Qura). */
public enum CalendarKind {
    GREGORIAN,
    HIJRI
}
