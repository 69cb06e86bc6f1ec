package org.eshraqa.portal.volunteering;

import java.time.Instant;

/**
 * What the public check says about a certificate code.
 *
 * @param certificate what it states, when {@code VALID}
 * @param issuedAt    when it was issued, when {@code VALID} or {@code HOLDER_ERASED}
 */
public record CertificateCheck(Status status, CertificateView certificate, Instant issuedAt) {

    public enum Status {
        /** Issued, and what it states is shown. */
        VALID,
        /** Issued, but its holder's data was erased since: only the issue date is left. */
        HOLDER_ERASED,
        /** The association never issued this code. */
        UNKNOWN
    }
}
