package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import static org.eshraqa.portal.volunteering.VolunteeringRefused.require;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A volunteer's place in one opportunity: applied, accepted or declined by the coordinator, the
 * attendance, the hours the volunteer logged and the hours the coordinator confirmed. Seats are
 * the opportunity's business; this only says whether it holds one.
 */
@Entity
@Table(name = "opportunity_enrolment")
class Enrolment extends AbstractAggregateRoot<Enrolment> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long opportunityId;
    private long accountId;
    private String volunteerName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EnrolmentState state;

    private Instant appliedAt;
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Attendance attendance;

    private Integer loggedMinutes;

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String loggedNote;
    private Instant loggedAt;
    private Integer confirmedMinutes;
    private Instant confirmedAt;
    private Long confirmedByAccountId;

    /** Counts the changes the volunteer is told about, so each notice has a key of its own. */
    private int step;

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(long opportunityId, long accountId, String volunteerName, Instant now) {
        this.opportunityId = opportunityId;
        this.accountId = accountId;
        this.volunteerName = volunteerName;
        this.state = EnrolmentState.APPLIED;
        this.appliedAt = now;
    }

    /**
     * A volunteer takes a place: the opportunity's seat is taken in the same step, so its count
     * never depends on a caller remembering it. The opportunity must be locked.
     */
    static Enrolment apply(Opportunity opportunity, long accountId, String volunteerName, Instant now) {
        opportunity.takeSeat(now);
        return new Enrolment(opportunity.id(), accountId, volunteerName, now);
    }

    /** A volunteer who withdrew applies again, taking a seat again. */
    void reapply(Opportunity opportunity, Instant now) {
        require(state != EnrolmentState.DECLINED, "opportunity.declined");
        require(state == EnrolmentState.WITHDRAWN, "opportunity.alreadyApplied");
        opportunity.takeSeat(now);
        state = EnrolmentState.APPLIED;
        appliedAt = now;
        decidedAt = null;
    }

    void withdraw(Opportunity opportunity, Instant now) {
        require(state.holdsSeat(), "opportunity.refused.state");
        require(!opportunity.hasStarted(now), "opportunity.refused.started");
        state = EnrolmentState.WITHDRAWN;
        opportunity.releaseSeat();
    }

    void accept(Opportunity opportunity, Instant now) {
        require(state == EnrolmentState.APPLIED, "opportunity.refused.state");
        state = EnrolmentState.ACCEPTED;
        decidedAt = now;
        announce(opportunity);
    }

    void decline(Opportunity opportunity, Instant now) {
        require(state.holdsSeat(), "opportunity.refused.state");
        require(confirmedMinutes == null, "opportunity.refused.confirmed");
        state = EnrolmentState.DECLINED;
        decidedAt = now;
        opportunity.releaseSeat();
        announce(opportunity);
    }

    void cancelWith(Opportunity opportunity) {
        if (state.holdsSeat()) {
            state = EnrolmentState.CANCELLED;
            announce(opportunity);
        }
    }

    void markAttendance(Opportunity opportunity, Attendance attendance, Instant now) {
        require(state == EnrolmentState.ACCEPTED, "opportunity.refused.state");
        require(opportunity.actionsAt(now).contains(OpportunityAction.RECORD_ATTENDANCE), "hours.notStarted");
        require(confirmedMinutes == null || attendance == Attendance.PRESENT, "opportunity.refused.confirmed");
        this.attendance = attendance;
        if (attendance == Attendance.ABSENT) {
            loggedMinutes = null;
            loggedNote = sealed().seal("logged_note", null);
            loggedAt = null;
        }
    }

    /** The volunteer's own account of the time given; it may be changed until the coordinator confirms. */
    void logHours(Opportunity opportunity, int minutes, String note, Instant now) {
        require(state == EnrolmentState.ACCEPTED, "opportunity.refused.state");
        require(opportunity.hasStarted(now), "hours.notStarted");
        require(attendance != Attendance.ABSENT, "hours.absent");
        require(confirmedMinutes == null, "hours.alreadyConfirmed");
        requireMinutes(opportunity, minutes);
        this.loggedMinutes = minutes;
        this.loggedNote = sealed().seal("logged_note", note);
        this.loggedAt = now;
    }

    /**
     * The coordinator confirms the logged hours or corrects them (also with none logged); the
     * volunteer attended. Confirmed hours are final: certificates are issued from them.
     */
    void confirmHours(Opportunity opportunity, int minutes, long coordinatorAccountId, Instant now) {
        require(state == EnrolmentState.ACCEPTED, "opportunity.refused.state");
        require(opportunity.actionsAt(now).contains(OpportunityAction.RECORD_ATTENDANCE), "hours.notStarted");
        require(confirmedMinutes == null, "hours.alreadyConfirmed");
        requireMinutes(opportunity, minutes);
        this.attendance = Attendance.PRESENT;
        this.confirmedMinutes = minutes;
        this.confirmedAt = now;
        this.confirmedByAccountId = coordinatorAccountId;
        step++;
        registerEvent(new VolunteerHoursConfirmed(id, accountId, opportunity.title(), minutes, now));
    }

    private static void requireMinutes(Opportunity opportunity, int minutes) {
        require(minutes > 0, "hours.positive");
        require(minutes <= opportunity.length().toMinutes(), "hours.tooMany");
    }

    private void announce(Opportunity opportunity) {
        step++;
        registerEvent(new EnrolmentChanged(id, accountId, opportunity.title(), opportunity.startsAt(), state, step));
    }

    /** Seeded history (demo data) announces nothing: its changes are not news to anyone. */
    Enrolment asHistory() {
        clearDomainEvents();
        return this;
    }

    Long id() {
        return id;
    }

    long opportunityId() {
        return opportunityId;
    }

    long accountId() {
        return accountId;
    }

    EnrolmentState state() {
        return state;
    }

    Long confirmedByAccountId() {
        return confirmedByAccountId;
    }

    Integer confirmedMinutes() {
        return confirmedMinutes;
    }

    long version() {
        return version;
    }

    EnrolmentRow row() {
        return new EnrolmentRow(id, volunteerName, state, appliedAt, attendance, loggedMinutes, sealed().open("logged_note", loggedNote),
                confirmedMinutes, version);
    }

    Commitment commitment(OpportunityView opportunity, Instant now) {
        boolean started = !opportunity.startsAt().isAfter(now);
        boolean canLog = state == EnrolmentState.ACCEPTED && started && attendance != Attendance.ABSENT
                && confirmedMinutes == null;
        boolean canWithdraw = state.holdsSeat() && !started;
        return new Commitment(id, opportunity, state, attendance, loggedMinutes, sealed().open("logged_note", loggedNote), confirmedMinutes, canLog,
                canWithdraw, version);
    }

    /** Events registered and not yet published (they go out when the aggregate is saved). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("opportunity_enrolment", rowKey, created -> rowKey = created);
    }
}
