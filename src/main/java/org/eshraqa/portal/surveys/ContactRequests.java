package org.eshraqa.portal.surveys;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.RecordKind;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who ticked "you may contact me about this": the quality manager sees them with their
 * name and how to reach them, calls back and records that it was done. Nobody else, and nobody who
 * did not tick it, is ever listed. Each person shown is written to the access log, so they can see
 * who read their feedback with their name.
 */
@Service
public class ContactRequests {

    static final int MAX_NOTE = 1000;

    private final EntityManager entityManager;
    private final SurveyFollowUpRepository followUps;
    private final Accounts accounts;
    private final AccessLog accessLog;
    private final Clock clock;

    ContactRequests(EntityManager entityManager, SurveyFollowUpRepository followUps, Accounts accounts,
                    AccessLog accessLog, Clock clock) {
        this.entityManager = entityManager;
        this.followUps = followUps;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Waiting ones oldest first (they have waited longest), or the done ones newest first. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<ContactRequest> list(boolean done, int offset, int limit) {
        String jpql = "select r, i.accountId from SurveyResponse r, SurveyInvitation i where i.id = r.invitationId"
                + " and r.mayContact = true and " + (done ? "" : "not ")
                + "exists (select f from SurveyFollowUp f where f.responseId = r.id)"
                + " order by r.answeredAt " + (done ? "desc" : "asc") + ", r.id";
        List<Object[]> rows = entityManager.createQuery(jpql, Object[].class).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.clamp(limit, 1, 200)).getResultList();
        return rows.stream().map(row -> request((SurveyResponse) row[0], (Long) row[1])).toList();
    }

    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public long count(boolean done) {
        return entityManager.createQuery("select count(r) from SurveyResponse r where r.mayContact = true and "
                + (done ? "" : "not ") + "exists (select f from SurveyFollowUp f where f.responseId = r.id)",
                Long.class).getSingleResult();
    }

    /**
     * Records that the person was contacted. Refused for a response that does not exist or whose
     * author did not ask to be contacted (a forged id), and for one already done.
     */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional
    public void markDone(long responseId, String note) {
        SurveyResponse response = entityManager.find(SurveyResponse.class, responseId);
        if (response == null || !response.mayContact()) {
            throw new InvalidInputException(Map.of("response", "contactRequests.unknown"));
        }
        if (followUps.existsById(responseId)) {
            throw new InvalidInputException(Map.of("response", "contactRequests.alreadyDone"));
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE) {
            throw new InvalidInputException(Map.of("note", "contactRequests.note.tooLong"));
        }
        followUps.saveAndFlush(new SurveyFollowUp(responseId, clock.instant(), Caller.current().accountId(), trimmed));
    }

    private ContactRequest request(SurveyResponse r, Long accountId) {
        AccountSummary person = accountId == null ? null : accounts.summaryOf(accountId).orElse(null);
        SurveyFollowUp followUp = followUps.findById(r.id()).orElse(null);
        String doneBy = followUp == null ? null
                : accounts.summaryOf(followUp.doneBy()).map(AccountSummary::fullName).orElse(null);
        accessLog.opened(RecordKind.SURVEY_RESPONSE, r.id(), r.answeredAt().atZone(org.eshraqa.portal.shared.PortalDates.zone()).toLocalDate().toString(), accountId);
        return new ContactRequest(r.id(), r.answeredAt(), r.context().trigger(), r.context().serviceCode(),
                r.comment(), person == null ? null : person.fullName(), person == null ? null : person.email(),
                person == null ? null : person.mobile(), person == null ? null : person.language(),
                followUp == null ? null : followUp.doneAt(), doneBy, followUp == null ? null : followUp.note());
    }
}
