package org.eshraqa.portal.requests;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.shared.casefile.ThreadMessage;

/**
 * The staff mirror of a request: exactly what the beneficiary sees ({@code mirror}), plus the
 * verification checklist, the social study, internal notes, the full audit trail and the actions
 * this person may take now. {@code claimed} is false for a request recorded on behalf of someone
 * who has no account yet.
 */
public record StaffRequestView(BeneficiaryRequestView mirror, boolean claimed, String assigneeName,
                               boolean checkedIdentity, boolean checkedDocuments, boolean checkedData,
                               String socialStudy, List<ThreadMessage> internalNotes, List<AuditLine> audit,
                               Set<StaffAction> actions, String declarationSignature, String snapshotSha256) {

    /**
     * One audit entry with the actor's name and, for staff, the internal note; {@code claimStep}
     * is set for a step of a claim, which changes no state.
     */
    public record AuditLine(Instant at, String actorName, RequestState from, RequestState to, String note,
                            String internalNote, ClaimStep claimStep) {
    }
}
