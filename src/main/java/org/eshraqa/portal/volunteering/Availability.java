package org.eshraqa.portal.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A weekly time range in which the volunteer is free, e.g. Saturdays 16:00 to 20:00 (Riyadh time). */
@Embeddable
public record Availability(
        @Column(name = "day_of_week") @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) DayOfWeek day,
        @Column(name = "starts_at") LocalTime from,
        @Column(name = "ends_at") LocalTime to) {

    /** Nothing chosen in it: an empty row of the form, never stored. */
    public boolean isBlank() {
        return day == null && from == null && to == null;
    }

    boolean isComplete() {
        return day != null && from != null && to != null;
    }

    boolean isValid() {
        return isComplete() && from.isBefore(to);
    }

    boolean overlaps(Availability other) {
        return isValid() && other.isValid() && day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** Whether the whole of [start, end) falls in this range (both on its day). */
    boolean covers(LocalDateTime start, LocalDateTime end) {
        return isValid() && start.getDayOfWeek() == day && end.toLocalDate().equals(start.toLocalDate())
                && !start.toLocalTime().isBefore(from) && !end.toLocalTime().isAfter(to);
    }
}
