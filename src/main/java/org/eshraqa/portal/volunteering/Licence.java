package org.eshraqa.portal.volunteering;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A professional licence as the volunteer typed it; any part may still be empty in a draft. */
@Embeddable
public record Licence(
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) LicenceKind kind,
        String number,
        String issuer,
        LocalDate expiresOn) {

    /** Nothing typed in it: an empty row of the form, never stored. */
    public boolean isBlank() {
        return kind == null && (number == null || number.isBlank()) && (issuer == null || issuer.isBlank())
                && expiresOn == null;
    }

    boolean isComplete() {
        return kind != null && number != null && !number.isBlank() && expiresOn != null;
    }

    boolean isValidOn(LocalDate day) {
        return isComplete() && !expiresOn.isBefore(day);
    }
}
