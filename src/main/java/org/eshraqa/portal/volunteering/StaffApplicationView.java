package org.eshraqa.portal.volunteering;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.shared.casefile.ThreadMessage;

/** The coordinator's mirror of an application: what the volunteer sees, plus internal notes, the audit trail and the actions allowed now. */
public record StaffApplicationView(ApplicationView mirror, List<ThreadMessage> notes, List<AuditLine> audit,
                                   Set<ApplicationAction> actions) {

    public record AuditLine(Instant at, String actorName, ApplicationState from, ApplicationState to, String note,
                            String internalNote) {
    }
}
