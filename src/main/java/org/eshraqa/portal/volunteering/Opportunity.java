package org.eshraqa.portal.volunteering;

import static org.eshraqa.portal.volunteering.VolunteeringRefused.require;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * An opportunity the coordinator publishes. Seats are counted here and changed only while the row
 * is locked ({@code OpportunityRepository.lock}), so two volunteers taking the last seat at the
 * same moment cannot both get it. Taking a seat does not change the version the coordinator's
 * editor holds: volunteers joining never make the coordinator's edit "changed meanwhile".
 */
@Entity
@Table(name = "opportunity")
class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Interest interest;

    private Instant startsAt;
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MeetingMode mode;

    private String location;

    private int seats;

    @OptimisticLock(excluded = true)
    private int seatsTaken;

    @ElementCollection
    @CollectionTable(name = "opportunity_skill", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "skill")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Skill> requiredSkills = EnumSet.noneOf(Skill.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OpportunityState state;

    private long createdByAccountId;
    private Instant createdAt;

    @Version
    private long version;

    protected Opportunity() {
    }

    Opportunity(Checked draft, long createdByAccountId, Instant now) {
        this.state = OpportunityState.PUBLISHED;
        this.createdByAccountId = createdByAccountId;
        this.createdAt = now;
        set(draft);
    }

    /** A draft that passed the service's checks, with times as instants. */
    record Checked(String title, String description, Interest interest, Instant startsAt, Instant endsAt,
                   MeetingMode mode, String location, int seats, Set<Skill> requiredSkills) {
    }

    void update(Checked draft, Instant now) {
        requireAllowed(OpportunityAction.EDIT, now);
        require(draft.seats() >= seatsTaken, "opportunity.seats.belowTaken");
        set(draft);
    }

    void takeSeat(Instant now) {
        require(state == OpportunityState.PUBLISHED, "opportunity.refused.cancelled");
        require(startsAt.isAfter(now), "opportunity.refused.started");
        require(seatsTaken < seats, "opportunity.full");
        seatsTaken++;
    }

    void releaseSeat() {
        seatsTaken = Math.max(0, seatsTaken - 1);
    }

    void cancel(Instant now) {
        requireAllowed(OpportunityAction.CANCEL, now);
        state = OpportunityState.CANCELLED;
        seatsTaken = 0;
    }

    private void set(Checked d) {
        this.title = d.title();
        this.description = d.description();
        this.interest = d.interest();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.mode = d.mode();
        this.location = d.location();
        this.seats = d.seats();
        requiredSkills.retainAll(d.requiredSkills());
        requiredSkills.addAll(d.requiredSkills());
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** What the coordinator may do with it now: the rule behind the editor's buttons and the transitions. */
    Set<OpportunityAction> actionsAt(Instant now) {
        Set<OpportunityAction> actions = EnumSet.noneOf(OpportunityAction.class);
        for (OpportunityAction action : OpportunityAction.values()) {
            if (refusal(action, now) == null) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Why this action is not possible now (a message key), or null when it is. */
    private String refusal(OpportunityAction action, Instant now) {
        return switch (action) {
            case EDIT, CANCEL -> state != OpportunityState.PUBLISHED ? "opportunity.refused.cancelled"
                    : hasStarted(now) ? "opportunity.refused.started" : null;
            case RECORD_ATTENDANCE -> hasStarted(now) ? null : "hours.notStarted";
        };
    }

    private void requireAllowed(OpportunityAction action, Instant now) {
        String refused = refusal(action, now);
        require(refused == null, refused);
    }

    OpportunityState state() {
        return state;
    }

    int seatsTaken() {
        return seatsTaken;
    }

    Set<Skill> requiredSkills() {
        return Set.copyOf(requiredSkills);
    }

    long version() {
        return version;
    }

    OpportunityView view(Instant now) {
        return new OpportunityView(id, title, description, interest, startsAt, endsAt, mode, location, seats, seatsTaken,
                Set.copyOf(requiredSkills), state, version, actionsAt(now));
    }
}
