package org.eshraqa.portal.requests;

import java.time.Instant;

/**
 * One step of a request's history as the beneficiary reads it. An entry whose {@code from} and
 * {@code to} are the same changed no state: the person claimed a request recorded for them.
 */
public record TimelineEntry(Instant at, RequestState from, RequestState to, String publicNote) {

    public boolean isClaim() {
        return from == to;
    }
}
