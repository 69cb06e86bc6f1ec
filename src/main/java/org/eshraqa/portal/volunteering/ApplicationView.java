package org.eshraqa.portal.volunteering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.shared.casefile.ThreadMessage;

/**
 * A volunteer application as the volunteer sees it — and, as the mirror, the part of the
 * coordinator's view they share. Never carries internal notes or internal audit notes.
 * {@code actions} are what the caller who read it may do now, as the application decided.
 */
public record ApplicationView(long id, String reference, ApplicationState state, VolunteerProfile profile,
                              Instant submittedAt, Instant interviewAt, MeetingMode interviewMode,
                              String interviewLocation, String decisionReason, List<TimelineEntry> timeline,
                              List<VolunteerDocumentInfo> documents, List<ThreadMessage> messages, long version,
                              @JsonIgnore Set<ApplicationAction> actions) {

    /** One step of the application's history, in words the volunteer may read. */
    public record TimelineEntry(Instant at, ApplicationState from, ApplicationState to, String note) {

        /** The interview moved to another time (the state stayed INTERVIEW). */
        public boolean isReschedule() {
            return from == to;
        }
    }
}
