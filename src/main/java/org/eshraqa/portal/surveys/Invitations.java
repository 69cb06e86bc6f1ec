package org.eshraqa.portal.surveys;

import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.OptionalUse;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.ContactFinished;
import org.eshraqa.portal.inquiries.ContactLogged;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryAnswered;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.CaseFacts;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.VolunteerApplicationDecided;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerHoursConfirmed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites people to rate each service when it ends: a support request closes, a question is first
 * answered, a logged contact is finished, a volunteer application is decided or hours are
 * confirmed. Each event is a listener of the event publication registry, so no invitation is lost;
 * the event's source key makes a redelivered event invite nobody twice; and the person's row in
 * {@code survey_person}, locked while deciding, keeps anyone from more than one invitation a week
 * ({@code portal.surveys.throttle}) even when two services end at the same moment.
 */
@Component
class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyInvitationRepository invitations;
    private final SurveyRollups rollups;
    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final PersonalDataRights rights;
    private final SupportRequests requests;
    private final Inquiries inquiries;
    private final Contacts contacts;
    private final VolunteerApplications volunteerApplications;
    private final Opportunities opportunities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Duration validity;
    private final Duration throttle;
    private final Duration remindAfter;

    Invitations(SurveyInvitationRepository invitations, SurveyRollups rollups, JdbcTemplate jdbc, Accounts accounts,
                PersonalDataRights rights, SupportRequests requests, Inquiries inquiries, Contacts contacts,
                VolunteerApplications volunteerApplications, Opportunities opportunities,
                ApplicationEventPublisher events, Clock clock, MeterRegistry meters,
                @Value("${portal.surveys.validity:P30D}") Duration validity,
                @Value("${portal.surveys.throttle:P7D}") Duration throttle,
                @Value("${portal.surveys.remind-after:P5D}") Duration remindAfter) {
        this.invitations = invitations;
        this.rollups = rollups;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.rights = rights;
        this.requests = requests;
        this.inquiries = inquiries;
        this.contacts = contacts;
        this.volunteerApplications = volunteerApplications;
        this.opportunities = opportunities;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
        this.validity = validity;
        this.throttle = throttle;
        this.remindAfter = remindAfter;
    }

    // ---------------------------------------------------------------- the services that end

    @ApplicationModuleListener
    void on(SupportRequestStateChanged event) {
        if (event.closesTheRequest() && event.beneficiaryAccountId() > 0) {
            requests.factsOf(event.requestId()).ifPresent(facts -> invite("request:" + event.requestId(),
                    event.beneficiaryAccountId(), TriggerType.REQUEST_CLOSED, facts, SurveyStep.closing(event.to())));
        }
    }

    @ApplicationModuleListener
    void on(InquiryAnswered event) {
        if (event.firstAnswer()) {
            inquiries.factsOf(event.inquiryId()).ifPresent(facts -> invite("inquiry:" + event.inquiryId(),
                    event.askerAccountId(), TriggerType.INQUIRY_ANSWERED, facts, SurveyStep.ANSWERED));
        }
    }

    @ApplicationModuleListener
    void on(ContactLogged event) {
        if (event.finished() && event.personAccountId() != null) {
            contacts.factsOf(event.contactId()).ifPresent(facts -> invite("contact:" + event.contactId(),
                    event.personAccountId(), TriggerType.CONTACT_FINISHED, facts, SurveyStep.FINISHED));
        }
    }

    @ApplicationModuleListener
    void on(ContactFinished event) {
        if (event.personAccountId() != null) {
            contacts.factsOf(event.contactId()).ifPresent(facts -> invite("contact:" + event.contactId(),
                    event.personAccountId(), TriggerType.CONTACT_FINISHED, facts, SurveyStep.FINISHED));
        }
    }

    @ApplicationModuleListener
    void on(VolunteerApplicationDecided event) {
        volunteerApplications.factsOf(event.applicationId()).ifPresent(facts -> invite("volunteer:"
                + event.applicationId(), event.accountId(), TriggerType.VOLUNTEER_DECIDED, facts,
                event.accepted() ? SurveyStep.ACCEPTED : SurveyStep.REJECTED));
    }

    @ApplicationModuleListener
    void on(VolunteerHoursConfirmed event) {
        opportunities.factsOf(event.enrolmentId()).ifPresent(facts -> invite("hours:" + event.enrolmentId(),
                event.accountId(), TriggerType.VOLUNTEER_HOURS, facts, SurveyStep.HOURS_CONFIRMED));
    }

    // ---------------------------------------------------------------- inviting

    /** Runs in the listener's transaction: the invitation, the counts and the notice commit together. */
    void invite(String sourceKey, long accountId, TriggerType trigger, CaseFacts facts, SurveyStep step) {
        if (invitations.existsBySourceKey(sourceKey)) {
            return;
        }
        AccountSummary person = accounts.summaryOf(accountId).orElse(null);
        if (person == null) {
            return;
        }
        if (!rights.allows(accountId, OptionalUse.SURVEY_INVITATIONS)) {
            meters.counter("portal.surveys.invitations.skipped", "reason", "declined").increment();
            return;
        }
        Instant now = clock.instant();
        // The person's row, locked until this transaction ends: one decision at a time per person.
        jdbc.update("insert ignore into survey_person (account_id) values (?)", accountId);
        Timestamp last = jdbc.queryForObject("select last_invited_at from survey_person where account_id = ? for update",
                Timestamp.class, accountId);
        if (last != null && last.toInstant().isAfter(now.minus(throttle))) {
            meters.counter("portal.surveys.invitations.skipped", "reason", "throttle").increment();
            log.debug("Not inviting account {} for {}: invited less than {} ago", accountId, sourceKey, throttle);
            return;
        }
        SurveyContext context = SurveyContext.of(trigger, facts, step, team(facts.staffAccountId()));
        String token = newToken();
        SurveyInvitation invitation = invitations.saveAndFlush(new SurveyInvitation(Surveys.sha256(token), token,
                sourceKey, accountId, context, person.language() == null ? "ar" : person.language(), now,
                now.plus(validity)));
        jdbc.update("update survey_person set last_invited_at = ? where account_id = ?", Timestamp.from(now), accountId);
        rollups.invited(context, LocalDate.ofInstant(now, PortalDates.zone()));
        events.publishEvent(new SurveyInvited(invitation.id(), accountId, trigger, false, invitation.expiresAt()));
        meters.counter("portal.surveys.invitations", "trigger", trigger.name()).increment();
    }

    /**
     * Once, some days after an invitation nobody answered, the person is reminded with the same
     * link. Several nodes may run this: each reminder is claimed by one conditional update.
     */
    @Scheduled(fixedDelayString = "${portal.surveys.reminder-interval:PT1H}",
            initialDelayString = "${portal.surveys.reminder-interval:PT1H}")
    @Transactional
    public void remind() {
        Instant now = clock.instant();
        List<Long> due = invitations.dueForReminder(now.minus(remindAfter), now, PageRequest.of(0, 200));
        for (Long id : due) {
            if (invitations.claimReminder(id, now) == 1) {
                invitations.findById(id).ifPresent(i -> events.publishEvent(new SurveyInvited(i.id(), i.accountId(),
                        i.context().trigger(), true, i.expiresAt())));
            }
        }
    }

    /** The staff member's team: the first staff role they hold. */
    private String team(Long staffAccountId) {
        if (staffAccountId == null) {
            return null;
        }
        return accounts.summaryOf(staffAccountId).flatMap(a -> a.roles().stream().filter(Role::isStaff).sorted()
                .findFirst()).map(Role::name).orElse(null);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
