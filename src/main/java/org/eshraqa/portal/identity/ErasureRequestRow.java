package org.eshraqa.portal.identity;

import java.time.Instant;
import java.util.List;

/** A pending erasure in the administrator's list: who asked and what must be weighed. */
public record ErasureRequestRow(long id, long accountId, String fullName, String email, Instant requestedAt,
                                List<String> reasons) {
}
