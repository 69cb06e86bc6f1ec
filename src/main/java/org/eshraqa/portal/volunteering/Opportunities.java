package org.eshraqa.portal.volunteering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.shared.CaseFacts;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities, the volunteers' places in them and their hours. The coordinator publishes,
 * accepts or declines volunteers, marks attendance and confirms hours; an active volunteer sees
 * what fits them first, applies, withdraws and logs hours. Seats change only with the
 * opportunity's row locked, so the last seat goes to one volunteer only.
 */
@Service
public class Opportunities {

    static final int MAX_TITLE = 150;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_SEATS = 500;
    static final Duration MAX_LENGTH = Duration.ofDays(14);
    private static final int MAX_LISTED = 200;

    private final OpportunityRepository opportunities;
    private final EnrolmentRepository enrolments;
    private final VolunteerApplications applications;
    private final Clock clock;
    private final Counter hoursConfirmed;

    Opportunities(OpportunityRepository opportunities, EnrolmentRepository enrolments,
                  VolunteerApplications applications, Clock clock, MeterRegistry meters) {
        this.opportunities = opportunities;
        this.enrolments = enrolments;
        this.applications = applications;
        this.clock = clock;
        this.hoursConfirmed = Counter.builder("portal.volunteers.hours.confirmed").baseUnit("hours")
                .description("Volunteer hours confirmed by the coordinator").register(meters);
    }

    // ---------------------------------------------------------------- the coordinator

    /** @return the new opportunity's id */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public long publish(OpportunityDraft draft) {
        Caller me = Caller.current();
        return opportunities.save(new Opportunity(check(draft), me.accountId(), clock.instant())).id();
    }

    /** Changes an opportunity that has not started; seats cannot drop below those taken. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void update(long opportunityId, long expectedVersion, OpportunityDraft draft) {
        Opportunity.Checked checked = check(draft);
        Opportunity opportunity = lockedExpecting(opportunityId, expectedVersion);
        opportunity.update(checked, clock.instant());
        opportunities.saveAndFlush(opportunity);
    }

    /** Cancels it; every volunteer holding a seat is told. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void cancel(long opportunityId, long expectedVersion) {
        Opportunity opportunity = lockedExpecting(opportunityId, expectedVersion);
        opportunity.cancel(clock.instant());
        for (Enrolment enrolment : enrolments.findByOpportunityIdAndStateIn(opportunityId,
                EnumSet.of(EnrolmentState.APPLIED, EnrolmentState.ACCEPTED))) {
            enrolment.cancelWith(opportunity);
            enrolments.save(enrolment);
        }
        opportunities.saveAndFlush(opportunity);
    }

    /** Opportunities that have not ended yet (or, with {@code past}, those that have), a page at a time. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<OpportunityView> list(boolean past, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LISTED));
        PageRequest page = PageRequest.of(offset / size, size);
        Instant now = clock.instant();
        return (past ? opportunities.endedBefore(now, page) : opportunities.endingSince(now, page)).stream()
                .map(o -> o.view(now)).toList();
    }

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public long count(boolean past) {
        Instant now = clock.instant();
        return past ? opportunities.countEndedBefore(now) : opportunities.countEndingSince(now);
    }

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public OpportunityView find(long opportunityId) {
        Instant now = clock.instant();
        return opportunities.findById(opportunityId).map(o -> o.view(now)).orElseThrow(VolunteeringNotFound::new);
    }

    /** Who applied, in the order they applied. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<EnrolmentRow> enrolments(long opportunityId) {
        return enrolments.findByOpportunityIdOrderByAppliedAtAscIdAsc(opportunityId).stream().map(Enrolment::row)
                .toList();
    }

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void accept(long enrolmentId, long expectedVersion) {
        Enrolment enrolment = enrolmentExpecting(enrolmentId, expectedVersion);
        enrolment.accept(opportunity(enrolment), clock.instant());
        enrolments.saveAndFlush(enrolment);
    }

    /** Declines a volunteer; their seat is free again. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void decline(long enrolmentId, long expectedVersion) {
        Enrolment enrolment = enrolmentExpecting(enrolmentId, expectedVersion);
        Opportunity opportunity = opportunities.lock(enrolment.opportunityId()).orElseThrow(VolunteeringNotFound::new);
        enrolment.decline(opportunity, clock.instant());
        enrolments.saveAndFlush(enrolment);
    }

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void markAttendance(long enrolmentId, long expectedVersion, Attendance attendance) {
        Enrolment enrolment = enrolmentExpecting(enrolmentId, expectedVersion);
        enrolment.markAttendance(opportunity(enrolment), attendance, clock.instant());
        enrolments.saveAndFlush(enrolment);
    }

    /** Confirms the hours the volunteer logged, or the corrected number; never more than the opportunity lasted. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void confirmHours(long enrolmentId, long expectedVersion, BigDecimal hours) {
        Caller me = Caller.current();
        int minutes = minutes(hours);
        Enrolment enrolment = enrolmentExpecting(enrolmentId, expectedVersion);
        enrolment.confirmHours(opportunity(enrolment), minutes, me.accountId(), clock.instant());
        enrolments.saveAndFlush(enrolment);
        hoursConfirmed.increment(minutes / 60.0);
    }

    // ---------------------------------------------------------------- the volunteer

    /**
     * Upcoming opportunities for the calling volunteer: those that ask for skills they have and
     * fall in their weekly availability first, then by date.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpportunityCard> offers() {
        Caller me = Caller.current();
        VolunteerProfile profile = active(me).profile();
        Instant now = clock.instant();
        List<Opportunity> upcoming = opportunities.upcoming(now, PageRequest.of(0, MAX_LISTED));
        Map<Long, Enrolment> mine = enrolments.findByAccountIdAndOpportunityIdIn(me.accountId(),
                        upcoming.stream().map(Opportunity::id).toList()).stream()
                .collect(Collectors.toMap(Enrolment::opportunityId, Function.identity()));
        return upcoming.stream().map(o -> {
            Enrolment e = mine.get(o.id());
            return new OpportunityCard(o.view(now), profile.skills().containsAll(o.requiredSkills()), fits(profile, o),
                    e == null ? null : e.id(), e == null ? null : e.state(), e == null ? 0 : e.version());
        }).sorted(Comparator.comparingInt((OpportunityCard c) -> (c.matchesSkills() ? 0 : 2)
                + (c.fitsAvailability() ? 0 : 1))).toList();
    }

    /**
     * Takes a seat: refused when the volunteer is not active, already applied, was declined, or
     * the opportunity is full, cancelled or has started.
     *
     * @return the enrolment's id
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long apply(long opportunityId) {
        Caller me = Caller.current();
        VolunteerApplication application = active(me);
        Instant now = clock.instant();
        Opportunity opportunity = opportunities.lock(opportunityId).orElseThrow(VolunteeringNotFound::new);
        Enrolment enrolment = enrolments.findByOpportunityIdAndAccountId(opportunityId, me.accountId())
                .map(existing -> {
                    existing.reapply(opportunity, now);
                    return existing;
                })
                .orElseGet(() -> Enrolment.apply(opportunity, me.accountId(), application.fullName(), now));
        try {
            return enrolments.saveAndFlush(enrolment).id();
        } catch (DataIntegrityViolationException twice) {
            throw new VolunteeringRefused("opportunity.alreadyApplied");
        }
    }

    /** Gives the seat back, before the opportunity starts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(long enrolmentId, long expectedVersion) {
        Caller me = Caller.current();
        Enrolment enrolment = mineExpecting(enrolmentId, expectedVersion, me);
        Opportunity opportunity = opportunities.lock(enrolment.opportunityId()).orElseThrow(VolunteeringNotFound::new);
        enrolment.withdraw(opportunity, clock.instant());
        enrolments.saveAndFlush(enrolment);
    }

    /** The calling volunteer's places, upcoming first (soonest first), then past ones (latest first). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Commitment> commitments() {
        Caller me = Caller.current();
        Instant now = clock.instant();
        List<Enrolment> mine = enrolments.findByAccountIdOrderByIdDesc(me.accountId());
        Map<Long, OpportunityView> byId = opportunities.findAllById(mine.stream().map(Enrolment::opportunityId)
                .toList()).stream().collect(Collectors.toMap(Opportunity::id, o -> o.view(now)));
        Comparator<Commitment> upcomingFirst = Comparator.comparing((Commitment c) -> c.opportunity().endsAt()
                .isBefore(now));
        Comparator<Commitment> byTime = Comparator.comparing(c -> c.opportunity().startsAt());
        return mine.stream().filter(e -> byId.containsKey(e.opportunityId()))
                .map(e -> e.commitment(byId.get(e.opportunityId()), now))
                .sorted(upcomingFirst.thenComparing((a, b) -> a.opportunity().endsAt().isBefore(now)
                        ? byTime.compare(b, a) : byTime.compare(a, b)))
                .toList();
    }

    /** The volunteer's account of the hours given; the coordinator confirms or corrects it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void logHours(long enrolmentId, long expectedVersion, BigDecimal hours, String note) {
        Caller me = Caller.current();
        int minutes = minutes(hours);
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > 500) {
            throw InvalidInputException.of("note", "volunteer.text.tooLong");
        }
        Enrolment enrolment = mineExpecting(enrolmentId, expectedVersion, me);
        enrolment.logHours(opportunity(enrolment), minutes, why, clock.instant());
        enrolments.saveAndFlush(enrolment);
    }

    /** The calling volunteer's confirmed total and what still waits for the coordinator. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public HoursSummary myHours() {
        Caller me = Caller.current();
        List<Enrolment> mine = enrolments.findByAccountIdOrderByIdDesc(me.accountId());
        long confirmed = mine.stream().filter(e -> e.confirmedMinutes() != null).mapToLong(Enrolment::confirmedMinutes)
                .sum();
        int count = (int) mine.stream().filter(e -> e.confirmedMinutes() != null).count();
        long awaiting = mine.stream().filter(e -> e.confirmedMinutes() == null && e.row().loggedMinutes() != null)
                .mapToLong(e -> e.row().loggedMinutes()).sum();
        return new HoursSummary(confirmed, count, awaiting);
    }

    /**
     * The volunteer's region and the coordinator who confirmed a place's hours, for the survey
     * that follows. Server-side only: never call it with an id from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<CaseFacts> factsOf(long enrolmentId) {
        return enrolments.findById(enrolmentId).map(e -> new CaseFacts(null, Channel.VOLUNTEERING,
                applications.activeApplication(e.accountId()).map(VolunteerApplication::region).orElse(null),
                e.confirmedByAccountId()));
    }

    // ---------------------------------------------------------------- internals

    private VolunteerApplication active(Caller me) {
        return applications.activeApplication(me.accountId())
                .orElseThrow(() -> new VolunteeringRefused("volunteer.notActive"));
    }

    private static boolean fits(VolunteerProfile profile, Opportunity o) {
        LocalDateTime start = LocalDateTime.ofInstant(o.startsAt(), PortalDates.zone());
        LocalDateTime end = LocalDateTime.ofInstant(o.endsAt(), PortalDates.zone());
        return profile.availability().stream().anyMatch(slot -> slot.covers(start, end));
    }

    private Opportunity opportunity(Enrolment enrolment) {
        return opportunities.findById(enrolment.opportunityId()).orElseThrow(VolunteeringNotFound::new);
    }

    private Opportunity lockedExpecting(long opportunityId, long expectedVersion) {
        Opportunity opportunity = opportunities.lock(opportunityId).orElseThrow(VolunteeringNotFound::new);
        if (opportunity.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        return opportunity;
    }

    private Enrolment enrolmentExpecting(long enrolmentId, long expectedVersion) {
        Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(VolunteeringNotFound::new);
        if (enrolment.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        return enrolment;
    }

    private Enrolment mineExpecting(long enrolmentId, long expectedVersion, Caller me) {
        Enrolment enrolment = enrolments.findById(enrolmentId).filter(e -> e.accountId() == me.accountId())
                .orElseThrow(VolunteeringNotFound::new);
        if (enrolment.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        return enrolment;
    }

    /** Hours typed (up to two decimals) as whole minutes; absurd numbers are refused before any arithmetic. */
    private static int minutes(BigDecimal hours) {
        if (hours == null) {
            throw InvalidInputException.of("hours", "field.required");
        }
        if (hours.signum() <= 0) {
            throw InvalidInputException.of("hours", "hours.positive");
        }
        if (hours.compareTo(BigDecimal.valueOf(MAX_LENGTH.toHours())) > 0) {
            throw InvalidInputException.of("hours", "hours.tooMany");
        }
        return Hours.minutes(hours);
    }

    private Opportunity.Checked check(OpportunityDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(d.title(), MAX_TITLE, "title", errors);
        if (title != null && title.length() < 3) {
            errors.put("title", "opportunity.title.short");
        }
        String description = text(d.description(), MAX_DESCRIPTION, "description", errors);
        if (d.interest() == null) {
            errors.put("interest", "field.required");
        }
        Instant now = clock.instant();
        Instant start = d.startsAt() == null ? null : d.startsAt().atZone(PortalDates.zone()).toInstant();
        Instant end = d.endsAt() == null ? null : d.endsAt().atZone(PortalDates.zone()).toInstant();
        if (start == null) {
            errors.put("startsAt", "field.required");
        } else if (!start.isAfter(now)) {
            errors.put("startsAt", "opportunity.startsAt.past");
        }
        if (end == null) {
            errors.put("endsAt", "field.required");
        } else if (start != null && !end.isAfter(start)) {
            errors.put("endsAt", "opportunity.endsAt.beforeStart");
        } else if (start != null && Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            errors.put("endsAt", "opportunity.endsAt.tooLong");
        }
        if (d.mode() == null) {
            errors.put("mode", "field.required");
        }
        String location = text(d.location(), 300, "location", errors);
        if (location != null && d.mode() == MeetingMode.REMOTE && !location.matches("https://\\S+")) {
            errors.put("location", "volunteer.interview.link");
        }
        if (d.seats() == null) {
            errors.put("seats", "field.required");
        } else if (d.seats() < 1 || d.seats() > MAX_SEATS) {
            errors.put("seats", "opportunity.seats.range");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<Skill> skills = d.requiredSkills().isEmpty() ? Set.of() : EnumSet.copyOf(d.requiredSkills());
        return new Opportunity.Checked(title, description, d.interest(), start, end, d.mode(), location, d.seats(),
                skills);
    }

    private static String text(String text, int max, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "field.required");
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            errors.put(field, "volunteer.text.tooLong");
        }
        return value;
    }
}
