package org.eshraqa.portal.volunteering;

import java.time.Instant;
import java.time.LocalDate;

/** What a certificate of volunteer hours states; also what its public verification shows. */
public record CertificateView(long id, String code, String volunteerName, Gender gender, long confirmedMinutes, int opportunities,
                              LocalDate firstActivity, LocalDate lastActivity, Instant issuedAt) {

    public String hoursText() {
        return Hours.text(confirmedMinutes);
    }
}
