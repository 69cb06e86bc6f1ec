package org.eshraqa.portal.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as its beneficiary sees it: never the social study or internal notes. {@code version}
 * goes back with every action so a change made meanwhile by staff is detected, not overwritten.
 */
public record BeneficiaryRequestView(long id, String reference, String serviceCode, RequestState state,
                                     String needDescription, Instant submittedAt, LocalDate expectedDecisionDate,
                                     String informationRequested, String decisionReason, List<TimelineEntry> timeline,
                                     long version) {
}
