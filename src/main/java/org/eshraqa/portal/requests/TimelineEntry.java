package org.eshraqa.portal.requests;

import java.time.Instant;

/** One step of a request's history as the beneficiary reads it. */
public record TimelineEntry(Instant at, RequestState from, RequestState to, String publicNote) {
}
