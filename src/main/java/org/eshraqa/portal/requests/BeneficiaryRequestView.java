package org.eshraqa.portal.requests;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.casefile.ThreadMessage;

/**
 * A request as its beneficiary sees it: never the social study, the checklist or internal notes.
 * {@code version} goes back with every action so a change made meanwhile by staff is detected,
 * not overwritten. {@code reopened} lists what staff asked the beneficiary to change; {@code actions}
 * what the caller who read it may do now, as the request decided.
 */
public record BeneficiaryRequestView(long id, String reference, String serviceCode, Channel channel,
                                     RequestState state, Applicant applicant, String needDescription,
                                     Instant submittedAt, LocalDate expectedDecisionDate, String informationRequested,
                                     Set<FormSection> reopened, String decisionReason, List<TimelineEntry> timeline,
                                     List<DocumentInfo> documents, List<ThreadMessage> messages, long version,
                                     @JsonIgnore Set<ApplicantAction> actions) {

    public boolean isEditable(FormSection section) {
        return state == RequestState.DRAFT || state == RequestState.NEEDS_INFO && reopened.contains(section);
    }
}
