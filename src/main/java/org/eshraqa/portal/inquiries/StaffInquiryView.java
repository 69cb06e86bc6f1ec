package org.eshraqa.portal.inquiries;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The staff mirror of a question: the asker's view plus who asked, who has it, whether it was
 * referred to research, the history, and the actions this staff member may take now.
 */
public record StaffInquiryView(InquiryThread thread, String askerName, String askerEmail, String askerLanguage,
                               Long assigneeAccountId, String assigneeName, boolean referredToResearch,
                               List<HistoryLine> history, Set<InquiryAction> actions) {

    public record HistoryLine(Instant at, String actorName, HistoryKind kind, String note) {
    }
}
