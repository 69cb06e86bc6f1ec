package org.eshraqa.portal.volunteering;

import java.time.Instant;

public record ApplicationReceipt(long id, String reference, Instant submittedAt) {
}
