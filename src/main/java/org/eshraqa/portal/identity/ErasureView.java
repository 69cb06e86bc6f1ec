package org.eshraqa.portal.identity;

import java.time.Instant;
import java.util.List;

/** A request to erase an account as the person and the administrator see it. */
public record ErasureView(long id, ErasureState state, List<String> reasons, Instant requestedAt,
                          Instant decidedAt, String refusalReason, Instant erasedAt) {
}
