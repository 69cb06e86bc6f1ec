package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import static org.eshraqa.portal.volunteering.ApplicationState.ACCEPTED;
import static org.eshraqa.portal.volunteering.ApplicationState.ACTIVE;
import static org.eshraqa.portal.volunteering.ApplicationState.DRAFT;
import static org.eshraqa.portal.volunteering.ApplicationState.INTERVIEW;
import static org.eshraqa.portal.volunteering.ApplicationState.IN_REVIEW;
import static org.eshraqa.portal.volunteering.ApplicationState.REJECTED;
import static org.eshraqa.portal.volunteering.ApplicationState.SUBMITTED;
import static org.eshraqa.portal.volunteering.ApplicationState.WITHDRAWN;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.Region;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person's application to volunteer. Every change of state is one method that checks the
 * current state and the caller's role, writes the audit entry and registers a
 * {@link VolunteerApplicationChanged} event (and {@link VolunteerApplicationDecided} for the
 * decision), published when the application is saved.
 */
@Entity
@Table(name = "volunteer_application")
class VolunteerApplication extends AbstractAggregateRoot<VolunteerApplication> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ApplicationState state;

    private String fullName;
    private String nationalId;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Region region;

    private String city;
    private String mobile;
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Education education;

    private String fieldOfStudy;
    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;
    /** Sealed, like the motivation, the decision reason and the audit notes. */
    private String experience;
    private String motivation;

    @ElementCollection
    @CollectionTable(name = "volunteer_application_skill", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "skill")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);

    @ElementCollection
    @CollectionTable(name = "volunteer_application_language", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<SpokenLanguage> languages = EnumSet.noneOf(SpokenLanguage.class);

    @ElementCollection
    @CollectionTable(name = "volunteer_application_interest", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "interest")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Interest> interests = EnumSet.noneOf(Interest.class);

    @ElementCollection
    @CollectionTable(name = "volunteer_licence", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Licence> licences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Availability> availability = new ArrayList<>();

    private String consentVersion;
    private Instant consentedAt;
    private Instant submittedAt;

    private Instant interviewAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MeetingMode interviewMode;

    /** A place for an interview in person, a meeting link for a remote one. */
    private String interviewLocation;

    private String decisionReason;
    private Instant decidedAt;
    private Instant activatedAt;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "volunteer_application_audit", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ApplicationAuditEntry> audit = new ArrayList<>();

    @Version
    private long version;

    protected VolunteerApplication() {
    }

    /** A new draft, started with what the account already says about the person. */
    VolunteerApplication(long accountId, VolunteerProfile start, Instant now) {
        this.accountId = accountId;
        this.state = DRAFT;
        this.createdAt = now;
        apply(start);
    }

    // ---------------------------------------------------------------- the volunteer

    /** Changes the profile; only while it is a draft. */
    void updateProfile(Caller caller, VolunteerProfile profile) {
        requireOwner(caller);
        require(state == DRAFT, "volunteer.refused.state");
        apply(profile);
    }

    void submit(Caller caller, String consentVersion, String reference, Instant now) {
        requireOwner(caller);
        require(state == DRAFT, "volunteer.refused.state");
        this.consentVersion = consentVersion;
        this.consentedAt = now;
        this.submittedAt = now;
        this.reference = reference;
        move(caller, SUBMITTED, null, null, now);
    }

    void withdraw(Caller caller, Instant now) {
        requireAllowed(caller, ApplicationAction.WITHDRAW);
        move(caller, WITHDRAWN, null, null, now);
    }

    // ---------------------------------------------------------------- the coordinator

    void startReview(Caller caller, Instant now) {
        requireAllowed(caller, ApplicationAction.START_REVIEW);
        move(caller, IN_REVIEW, null, null, now);
    }

    /**
     * Sets (or moves) the interview. It must lie in the future; an in-person interview needs a
     * place, a remote one a link.
     */
    void scheduleInterview(Caller caller, Instant at, MeetingMode mode, String location, Instant now) {
        requireAllowed(caller, ApplicationAction.SCHEDULE_INTERVIEW);
        require(at != null && at.isAfter(now), "volunteer.interview.past");
        require(mode != null && location != null && !location.isBlank(), "volunteer.interview.location");
        this.interviewAt = at;
        this.interviewMode = mode;
        this.interviewLocation = location.strip();
        if (state == INTERVIEW) {
            record(caller, INTERVIEW, INTERVIEW, null, null, now);
        } else {
            move(caller, INTERVIEW, null, null, now);
        }
    }

    /** The decision, with a reason the volunteer reads; a rejection needs one. */
    void decide(Caller caller, boolean accepted, String reason, Instant now) {
        requireAllowed(caller, ApplicationAction.DECIDE);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        require(accepted || why != null, "volunteer.decision.reasonRequired");
        this.decisionReason = sealed().seal("decision_reason", why);
        this.decidedAt = now;
        move(caller, accepted ? ACCEPTED : REJECTED, why, null, now);
        registerEvent(new VolunteerApplicationDecided(id, accountId, accepted, now));
    }

    /** After acceptance (and orientation), the volunteer becomes active and may join opportunities. */
    void activate(Caller caller, Instant now) {
        requireAllowed(caller, ApplicationAction.ACTIVATE);
        this.activatedAt = now;
        move(caller, ACTIVE, null, null, now);
    }

    /** An internal note on the last audit entry's side: a reason staff keep for themselves. */
    void noteInternally(String text) {
        if (!audit.isEmpty() && text != null && !text.isBlank()) {
            audit.set(audit.size() - 1, audit.getLast().withInternalNote(
                    sealed().sealLine(AUDIT_TABLE, "internal_note", audit.size() - 1, text.strip())));
        }
    }

    /** What this caller may do with the application now: the rule behind the buttons and the steps. */
    Set<ApplicationAction> actionsFor(Caller caller) {
        Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
        for (ApplicationAction action : ApplicationAction.values()) {
            if (refusal(caller, action) == null) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Why this caller may not take this step now (a message key), or null when they may. */
    private String refusal(Caller caller, ApplicationAction action) {
        boolean coordinator = caller.has(Role.VOLUNTEER_COORDINATOR);
        return switch (action) {
            case START_REVIEW -> !coordinator ? ROLE : state != SUBMITTED ? STATE : null;
            case SCHEDULE_INTERVIEW, DECIDE -> !coordinator ? ROLE
                    : state != IN_REVIEW && state != INTERVIEW ? STATE : null;
            case ACTIVATE -> !coordinator ? ROLE : state != ACCEPTED ? STATE : null;
            case WITHDRAW -> caller.accountId() != accountId ? "volunteer.refused.owner"
                    : !state.isPending() && state != ACCEPTED ? STATE : null;
        };
    }

    private void requireAllowed(Caller caller, ApplicationAction action) {
        String refused = refusal(caller, action);
        require(refused == null, refused);
    }

    private static final String ROLE = "volunteer.refused.role";
    private static final String STATE = "volunteer.refused.state";

    // ---------------------------------------------------------------- internals

    private void move(Caller caller, ApplicationState to, String publicNote, String internalNote, Instant now) {
        record(caller, state, to, publicNote, internalNote, now);
        state = to;
    }

    private void record(Caller caller, ApplicationState from, ApplicationState to, String publicNote,
                        String internalNote, Instant now) {
        audit.add(new ApplicationAuditEntry(now, caller.accountId(), from, to, sealed().sealLine(AUDIT_TABLE, "note", audit.size(), publicNote),
                sealed().sealLine(AUDIT_TABLE, "internal_note", audit.size(), internalNote)));
        registerEvent(new VolunteerApplicationChanged(id, reference, accountId, from, to, publicNote,
                to == INTERVIEW ? interviewAt : null, audit.size()));
    }

    private void requireOwner(Caller caller) {
        require(caller.accountId() == accountId, "volunteer.refused.owner");
    }

    private void apply(VolunteerProfile p) {
        fullName = p.fullName();
        nationalId = p.nationalId();
        birthDate = p.birthDate();
        gender = p.gender();
        region = p.region();
        city = p.city();
        mobile = p.mobile();
        email = p.email();
        education = p.education();
        fieldOfStudy = p.fieldOfStudy();
        experience = sealed().seal("experience", p.experience());
        motivation = sealed().seal("motivation", p.motivation());
        replace(skills, p.skills());
        replace(languages, p.languages());
        replace(interests, p.interests());
        // Empty rows carry nothing (and Hibernate reads a row of empty cells back as no row at all).
        // A changed list is replaced, not edited, so its rows are rewritten whole.
        List<Licence> typedLicences = p.licences().stream().filter(l -> !l.isBlank()).toList();
        if (!licences.equals(typedLicences)) {
            licences = new ArrayList<>(typedLicences);
        }
        List<Availability> typedSlots = p.availability().stream().filter(a -> !a.isBlank()).toList();
        if (!availability.equals(typedSlots)) {
            availability = new ArrayList<>(typedSlots);
        }
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /** Seeded history (demo data) announces nothing: its changes are not news to anyone. */
    VolunteerApplication asHistory() {
        clearDomainEvents();
        return this;
    }

    // ---------------------------------------------------------------- reading

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    long accountId() {
        return accountId;
    }

    ApplicationState state() {
        return state;
    }

    String fullName() {
        return fullName;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant interviewAt() {
        return interviewAt;
    }

    MeetingMode interviewMode() {
        return interviewMode;
    }

    String interviewLocation() {
        return interviewLocation;
    }

    String decisionReason() {
        return sealed().open("decision_reason", decisionReason);
    }

    String consentVersion() {
        return consentVersion;
    }

    Instant consentedAt() {
        return consentedAt;
    }

    /** The audit trail with its notes opened: for the detail views only. */
    List<ApplicationAuditEntry> audit() {
        List<ApplicationAuditEntry> opened = new ArrayList<>(audit.size());
        for (int i = 0; i < audit.size(); i++) {
            ApplicationAuditEntry e = audit.get(i);
            opened.add(new ApplicationAuditEntry(e.occurredAt(), e.actorAccountId(), e.fromState(), e.toState(),
                    sealed().openLine(AUDIT_TABLE, "note", i, e.note()), sealed().openLine(AUDIT_TABLE, "internal_note", i, e.internalNote())));
        }
        return List.copyOf(opened);
    }

    /** Who made the last change, without opening the audit notes. */
    Long lastActorAccountId() {
        return audit.isEmpty() ? null : audit.getLast().actorAccountId();
    }

    /** For lists: these read nothing sealed, unlike {@link #profile()}. */
    Region region() {
        return region;
    }

    Set<Skill> skills() {
        return Set.copyOf(skills);
    }

    Set<Interest> interests() {
        return Set.copyOf(interests);
    }

    long version() {
        return version;
    }

    boolean belongsTo(long account) {
        return accountId == account;
    }

    VolunteerProfile profile() {
        return new VolunteerProfile(fullName, nationalId, birthDate, gender, region, city, mobile, email, education,
                fieldOfStudy, sealed().open("experience", experience), sealed().open("motivation", motivation), Set.copyOf(skills), Set.copyOf(languages), Set.copyOf(interests),
                List.copyOf(licences), List.copyOf(availability));
    }

    /** Events registered and not yet published (they go out when the aggregate is saved). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    private static final String AUDIT_TABLE = "volunteer_application_audit";

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("volunteer_application", rowKey, created -> rowKey = created);
    }
}
