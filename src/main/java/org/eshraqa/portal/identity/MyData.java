package org.eshraqa.portal.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the "my data" page shows: the privacy notice version the person agreed to and when (none
 * for an account created by staff or through a provider before the notice was shown), the
 * current version, the optional uses and the latest erasure request.
 */
public record MyData(String consentVersion, Instant consentedAt, String currentVersion,
                     Map<OptionalUse, Boolean> optionalUses, Optional<ErasureView> erasure) {

    public boolean agreedToCurrent() {
        return currentVersion.equals(consentVersion);
    }
}
