package org.eshraqa.portal.requests;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import static org.eshraqa.portal.requests.RequestState.ACCEPTED;
import static org.eshraqa.portal.requests.RequestState.DRAFT;
import static org.eshraqa.portal.requests.RequestState.IN_COMMITTEE;
import static org.eshraqa.portal.requests.RequestState.IN_RESEARCH;
import static org.eshraqa.portal.requests.RequestState.IN_VERIFICATION;
import static org.eshraqa.portal.requests.RequestState.NEEDS_INFO;
import static org.eshraqa.portal.requests.RequestState.REGISTERED;
import static org.eshraqa.portal.requests.RequestState.REJECTED;
import static org.eshraqa.portal.requests.RequestState.SUBMITTED;
import static org.eshraqa.portal.requests.RequestState.WITHDRAWN;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.PortalDates;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A beneficiary's support request. Every change of state is one method that checks the current
 * state and the actor's role, writes the audit entry and registers a
 * {@link SupportRequestStateChanged} event, published when the request is saved.
 */
@Entity
class SupportRequest extends AbstractAggregateRoot<SupportRequest> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    /** Empty for a request recorded on behalf of someone who has not claimed it yet. */
    private Long beneficiaryAccountId;

    /** The officer who recorded it, for a request that came by another channel (P-8). */
    private Long recordedByAccountId;

    private Long assigneeAccountId;

    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RequestState state;

    @Embedded
    private ApplicantData applicant;

    /** Comma-separated {@link FormSection}s staff reopened while the request waits on the beneficiary. */
    private String reopenedSections;

    /** The verification checklist (P-10.2). */
    private boolean checkedIdentity;
    private boolean checkedDocuments;
    private boolean checkedData;

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    /** Sealed, like the information requested, the social study, the decision reason and the audit notes. */
    private String needDescription;

    private String declarationVersion;

    private String declarationSignature;

    private Instant submittedAt;

    private LocalDate expectedDecisionDate;

    private String snapshotSha256;

    /** What staff asked for while the request waits on the beneficiary. */
    private String informationRequested;

    /** Internal: never shown to the beneficiary. */
    private String socialStudy;

    private String decisionReason;

    private Instant decidedAt;

    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "support_request_audit", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<AuditEntry> audit = new ArrayList<>();

    @Version
    private long version;

    protected SupportRequest() {
    }

    /** A new draft by the beneficiary, from home. */
    SupportRequest(long beneficiaryAccountId, String serviceCode, Applicant applicant, Instant now) {
        this.beneficiaryAccountId = beneficiaryAccountId;
        this.serviceCode = serviceCode;
        this.channel = Channel.WEBSITE;
        this.applicant = new ApplicantData(applicant);
        this.state = DRAFT;
        this.createdAt = now;
    }

    /**
     * A new draft an officer records for someone who came by phone, interview, letter or social
     * media (P-8). It has no beneficiary account until the person claims it.
     */
    static SupportRequest onBehalf(Actor officer, String serviceCode, Channel channel, Applicant applicant,
                                   Instant now) {
        require(officer.has(Role.RELATIONS_OFFICER), "request.refused.role");
        require(channel != Channel.WEBSITE, "request.channel.required");
        SupportRequest request = new SupportRequest();
        request.recordedByAccountId = officer.accountId();
        request.serviceCode = serviceCode;
        request.channel = channel;
        request.applicant = new ApplicantData(applicant);
        request.state = DRAFT;
        request.createdAt = now;
        return request;
    }

    /** Changes the applicant's details: anything in a draft, only the reopened sections later. */
    void updateApplicant(Actor actor, Applicant next) {
        for (FormSection section : data().changedSections(next)) {
            requireEditable(actor, section);
        }
        data().set(next);
    }

    void describeNeed(Actor actor, String description) {
        if (java.util.Objects.equals(needDescription(), description)) {
            return;
        }
        requireEditable(actor, FormSection.NEED);
        this.needDescription = sealed().seal("need_description", description);
    }

    /**
     * Whoever may fill in the form may change this section now: the applicant (or the officer who
     * records a request on someone's behalf) in a draft, and the beneficiary in a reopened section
     * while staff wait for information.
     */
    void requireEditable(Actor actor, FormSection section) {
        require(isOwner(actor) || isRecorder(actor), "request.refused.owner");
        if (state == NEEDS_INFO) {
            require(isOwner(actor) && reopened().contains(section), "request.section.locked");
        } else {
            require(state == DRAFT, "request.refused.state");
        }
    }

    boolean isEditable(Actor actor, FormSection section) {
        try {
            requireEditable(actor, section);
            return true;
        } catch (TransitionRefused refused) {
            return false;
        }
    }

    /**
     * Submits the draft (P-10.4, P-10.5): the declaration must be ticked and signed with the
     * applicant's name; the expected decision date is {@code slaDays} after submission.
     */
    void submit(Actor actor, Declaration declaration, String snapshotSha256, String reference, Instant now,
                int slaDays) {
        require(isOwner(actor) || isRecorder(actor), "request.refused.owner");
        require(state == DRAFT, "request.refused.state");
        require(data().isComplete(), "request.form.incomplete");
        requireText(needDescription(), "request.need.required");
        if (!declaration.dataCorrect() || !declaration.responsibilityAccepted()) {
            throw new TransitionRefused("request.declaration.unticked", "Declaration not confirmed");
        }
        if (!declaration.signedBy(data().fullName())) {
            throw new TransitionRefused("request.declaration.signature", "Signature does not match the applicant");
        }
        this.declarationVersion = declaration.textVersion();
        this.declarationSignature = declaration.typedName().strip();
        this.snapshotSha256 = snapshotSha256;
        this.reference = reference;
        this.submittedAt = now;
        this.expectedDecisionDate = now.atZone(PortalDates.zone()).toLocalDate().plusDays(slaDays);
        move(actor, SUBMITTED, null, now);
    }

    void takeIntoVerification(Actor actor, Instant now) {
        requireAllowed(actor, StaffAction.TAKE_INTO_VERIFICATION);
        this.assigneeAccountId = actor.accountId();
        move(actor, IN_VERIFICATION, null, now);
    }

    /** The officer ticks what they verified (P-10.2): identity against the document, documents, data. */
    void recordVerification(Actor actor, boolean identity, boolean documents, boolean data) {
        requireAllowed(actor, StaffAction.RECORD_VERIFICATION);
        this.checkedIdentity = identity;
        this.checkedDocuments = documents;
        this.checkedData = data;
    }

    /**
     * Asks the beneficiary for what is missing (P-10.2) and reopens only the sections concerned;
     * they read exactly this text.
     */
    void requestInformation(Actor actor, String whatIsMissing, Set<FormSection> sections, Instant now) {
        requireAllowed(actor, StaffAction.REQUEST_INFORMATION);
        requireText(whatIsMissing, "request.note.required");
        require(!sections.isEmpty(), "request.sections.required");
        this.informationRequested = sealed().seal("information_requested", whatIsMissing.strip());
        this.reopenedSections = String.join(",", sections.stream().sorted().map(Enum::name).toList());
        move(actor, NEEDS_INFO, whatIsMissing.strip(), now);
    }

    /**
     * The beneficiary answered what was asked and sends the request back to verification, which
     * starts over: the data changed since it was checked.
     */
    void resubmit(Actor actor, String snapshotSha256, Instant now) {
        requireAllowed(actor, ApplicantAction.RESUBMIT);
        require(needDescription != null && !needDescription().isBlank(), "request.need.required");
        require(data().isComplete(), "request.form.incomplete");
        this.informationRequested = null;
        this.reopenedSections = null;
        this.snapshotSha256 = snapshotSha256;
        this.checkedIdentity = false;
        this.checkedDocuments = false;
        this.checkedData = false;
        move(actor, IN_VERIFICATION, null, now);
    }

    /** Refers the case to the social researcher (P-10.3); the note is internal. */
    void referToResearch(Actor actor, String note, Instant now) {
        requireAllowed(actor, StaffAction.REFER_TO_RESEARCH);
        move(actor, IN_RESEARCH, null, now);
        if (note != null && !note.isBlank()) {
            audit.set(audit.size() - 1, audit.getLast().withInternalNote(
                    sealed().sealLine(AUDIT_TABLE, "internal_note", audit.size() - 1, note.strip())));
        }
    }

    /** Sends the request to the research committee: by the officer after verification, or the researcher after the study. */
    void sendToCommittee(Actor actor, Instant now) {
        requireAllowed(actor, StaffAction.SEND_TO_COMMITTEE);
        if (state == IN_RESEARCH) {
            require(socialStudy != null && !socialStudy().isBlank(), "request.study.required");
        }
        move(actor, IN_COMMITTEE, null, now);
    }

    void writeSocialStudy(Actor actor, String study) {
        requireAllowed(actor, StaffAction.WRITE_SOCIAL_STUDY);
        requireText(study, "request.study.required");
        this.socialStudy = sealed().seal("social_study", study.strip());
    }

    /** The committee's decision (P-10.5). A rejection needs a reason, which the beneficiary reads. */
    void decide(Actor actor, boolean accepted, String reason, Instant now) {
        requireAllowed(actor, StaffAction.DECIDE);
        if (!accepted) {
            requireText(reason, "request.reason.required");
        }
        String stated = reason == null || reason.isBlank() ? null : reason.strip();
        this.decisionReason = sealed().seal("decision_reason", stated);
        this.decidedAt = now;
        move(actor, accepted ? ACCEPTED : REJECTED, stated, now);
    }

    /** Registration completed once every requirement is met (P-10.6). */
    void completeRegistration(Actor actor, Instant now) {
        requireAllowed(actor, StaffAction.COMPLETE_REGISTRATION);
        move(actor, REGISTERED, null, now);
    }

    /** Only the beneficiary withdraws, and only an open request. */
    void withdraw(Actor actor, Instant now) {
        requireAllowed(actor, ApplicantAction.WITHDRAW);
        move(actor, WITHDRAWN, null, now);
    }

    /**
     * Whether someone may claim this request now (P-8): it was recorded on someone's behalf,
     * submitted, and has no beneficiary account yet.
     */
    boolean isClaimable() {
        return recordedByAccountId != null && beneficiaryAccountId == null && state != DRAFT;
    }

    /**
     * Links the request to the account that proved it is the person's: with the code sent to the
     * recorded mobile ({@code officer} empty), or confirmed by a relations officer. The caller
     * (RequestClaims) checked the proof.
     */
    void linkClaim(long claimantAccountId, Actor officer, Instant now) {
        if (officer != null) {
            requireAllowed(officer, StaffAction.CONFIRM_CLAIM);
        }
        require(isClaimable(), "claim.gone");
        this.beneficiaryAccountId = claimantAccountId;
        audit.add(new AuditEntry(now, officer == null ? claimantAccountId : officer.accountId(), state, state, null,
                officer == null ? null : sealed().sealLine(AUDIT_TABLE, "internal_note", audit.size(), "#" + claimantAccountId),
                ClaimStep.LINKED));
    }

    /**
     * A relations officer unlinks a request from the account that claimed it by mistake or
     * fraud: that account loses all access at once and the request can be claimed again. The
     * reason stays in the audit trail for staff.
     */
    void undoClaim(Actor officer, String reason, Instant now) {
        requireAllowed(officer, StaffAction.UNDO_CLAIM);
        requireText(reason, "claim.undo.reason.required");
        long wrongAccount = beneficiaryAccountId;
        this.beneficiaryAccountId = null;
        audit.add(new AuditEntry(now, officer.accountId(), state, state, null,
                sealed().sealLine(AUDIT_TABLE, "internal_note", audit.size(), "#" + wrongAccount + ": " + reason.strip()), ClaimStep.UNDONE));
    }

    /** Writes a step of a claim that does not link or unlink to the audit trail; the note is for staff. */
    void recordClaimStep(long actorAccountId, ClaimStep step, String internalNote, Instant now) {
        audit.add(new AuditEntry(now, actorAccountId, state, state, null,
                sealed().sealLine(AUDIT_TABLE, "internal_note", audit.size(), internalNote), step));
    }

    /**
     * The actions this member of staff may take now: the one rule behind both the buttons staff are
     * offered and the transitions, which refuse with {@link #refusal}'s reason.
     */
    Set<StaffAction> actionsFor(Actor actor) {
        Set<StaffAction> actions = EnumSet.noneOf(StaffAction.class);
        for (StaffAction action : StaffAction.values()) {
            if (refusal(actor, action) == null) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Why this caller may not take this action now (a message key), or null when they may. */
    private String refusal(Actor actor, StaffAction action) {
        boolean officer = actor.has(Role.RELATIONS_OFFICER);
        return switch (action) {
            case EDIT_DRAFT -> !officer ? ROLE : !isRecorder(actor) ? OWNER : state != DRAFT ? STATE : null;
            case TAKE_INTO_VERIFICATION -> !officer ? ROLE : state != SUBMITTED ? STATE : null;
            case RECORD_VERIFICATION -> !officer ? ROLE : state != IN_VERIFICATION ? STATE : null;
            case REQUEST_INFORMATION -> !officer ? ROLE : state != IN_VERIFICATION ? STATE
                    : beneficiaryAccountId == null ? "request.unclaimed" : null;
            case REFER_TO_RESEARCH -> !officer ? ROLE : state != IN_VERIFICATION ? STATE
                    : !isVerified() ? CHECKLIST : null;
            case SEND_TO_COMMITTEE -> switch (state) {
                case IN_VERIFICATION -> !officer ? ROLE : !isVerified() ? CHECKLIST : null;
                case IN_RESEARCH -> !actor.has(Role.SOCIAL_RESEARCHER) ? ROLE : null;
                default -> STATE;
            };
            case WRITE_SOCIAL_STUDY -> !actor.has(Role.SOCIAL_RESEARCHER) ? ROLE : state != IN_RESEARCH ? STATE : null;
            case DECIDE -> !actor.has(Role.COMMITTEE_MEMBER) ? ROLE : state != IN_COMMITTEE ? STATE : null;
            case COMPLETE_REGISTRATION -> !officer ? ROLE : state != ACCEPTED ? STATE : null;
            case UNDO_CLAIM -> !officer ? ROLE
                    : recordedByAccountId == null || beneficiaryAccountId == null ? "claim.gone" : null;
            case CONFIRM_CLAIM -> !officer ? ROLE : !isClaimable() ? "claim.gone" : null;
        };
    }

    /** What the person the request belongs to may do now (staff who read it may only write in its thread). */
    Set<ApplicantAction> applicantActionsFor(Actor actor) {
        Set<ApplicantAction> actions = EnumSet.noneOf(ApplicantAction.class);
        for (ApplicantAction action : ApplicantAction.values()) {
            if (refusal(actor, action) == null) {
                actions.add(action);
            }
        }
        return actions;
    }

    private String refusal(Actor actor, ApplicantAction action) {
        return switch (action) {
            case RESUBMIT -> !isOwner(actor) ? OWNER : state != NEEDS_INFO ? STATE : null;
            case WITHDRAW -> !isOwner(actor) ? OWNER : !state.isOpen() ? STATE : null;
            case WRITE_MESSAGE -> state == DRAFT || state.isClosed() ? "message.closed" : null;
        };
    }

    /** Refuses a message on a draft or a closed request; who may read the request is the service's check. */
    void requireThreadOpen(Actor actor) {
        requireAllowed(actor, ApplicantAction.WRITE_MESSAGE);
    }

    private void requireAllowed(Actor actor, ApplicantAction action) {
        String refused = refusal(actor, action);
        if (refused != null) {
            throw new TransitionRefused(refused, action + " refused: " + refused);
        }
    }

    private void requireAllowed(Actor actor, StaffAction action) {
        String refused = refusal(actor, action);
        if (refused != null) {
            throw new TransitionRefused(refused, action + " refused: " + refused);
        }
    }

    private static final String ROLE = "request.refused.role";
    private static final String STATE = "request.refused.state";
    private static final String OWNER = "request.refused.owner";
    private static final String CHECKLIST = "request.checklist.incomplete";

    boolean isVerified() {
        return checkedIdentity && checkedDocuments && checkedData;
    }

    private void move(Actor actor, RequestState to, String publicNote, Instant now) {
        RequestState from = state;
        state = to;
        audit.add(new AuditEntry(now, actor.accountId(), from, to, sealed().sealLine(AUDIT_TABLE, "note", audit.size(), publicNote), null));
        if (beneficiaryAccountId != null) {
            registerEvent(new SupportRequestStateChanged(id == null ? 0 : id, reference, beneficiaryAccountId, from,
                    to, publicNote, audit.size()));
        }
    }

    private boolean isOwner(Actor actor) {
        return beneficiaryAccountId != null && actor.accountId() == beneficiaryAccountId;
    }

    private boolean isRecorder(Actor actor) {
        return recordedByAccountId != null && actor.accountId() == recordedByAccountId
                && actor.has(Role.RELATIONS_OFFICER);
    }

    Set<FormSection> reopened() {
        if (reopenedSections == null || reopenedSections.isBlank()) {
            return EnumSet.noneOf(FormSection.class);
        }
        Set<FormSection> sections = EnumSet.noneOf(FormSection.class);
        for (String name : reopenedSections.split(",")) {
            sections.add(FormSection.valueOf(name.strip()));
        }
        return sections;
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new TransitionRefused(messageKey, messageKey);
        }
    }

    private static void requireText(String text, String messageKey) {
        require(text != null && !text.isBlank(), messageKey);
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    Long beneficiaryAccountId() {
        return beneficiaryAccountId;
    }

    boolean belongsTo(long accountId) {
        return beneficiaryAccountId != null && beneficiaryAccountId == accountId;
    }

    Long recordedByAccountId() {
        return recordedByAccountId;
    }

    Long assigneeAccountId() {
        return assigneeAccountId;
    }

    Applicant applicant() {
        return data().toApplicant();
    }

    ApplicantData applicantData() {
        return data();
    }

    /** Hibernate leaves an embedded value null when all its columns are; a fresh draft of an officer's is. */
    private ApplicantData data() {
        if (applicant == null) {
            applicant = new ApplicantData(Applicant.empty());
        }
        return applicant;
    }

    boolean checkedIdentity() {
        return checkedIdentity;
    }

    boolean checkedDocuments() {
        return checkedDocuments;
    }

    boolean checkedData() {
        return checkedData;
    }

    String snapshotSha256() {
        return snapshotSha256;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    RequestState state() {
        return state;
    }

    LocalDate expectedDecisionDate() {
        return expectedDecisionDate;
    }

    String informationRequested() {
        return sealed().open("information_requested", informationRequested);
    }

    String decisionReason() {
        return sealed().open("decision_reason", decisionReason);
    }

    String socialStudy() {
        return sealed().open("social_study", socialStudy);
    }

    String declarationSignature() {
        return declarationSignature;
    }

    long version() {
        return version;
    }

    String serviceCode() {
        return serviceCode;
    }

    Channel channel() {
        return channel;
    }

    String applicantName() {
        return data().fullName();
    }

    String needDescription() {
        return sealed().open("need_description", needDescription);
    }

    String declarationVersion() {
        return declarationVersion;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    /** Numbers the request once it has an id: ESH-2026-000042. */
    String referenceFor(Instant now) {
        return String.format("ESH-%d-%06d", now.atZone(PortalDates.zone()).getYear(), id);
    }

    /** The audit trail with its notes opened: for the detail views only. */
    List<AuditEntry> audit() {
        List<AuditEntry> opened = new ArrayList<>(audit.size());
        for (int i = 0; i < audit.size(); i++) {
            AuditEntry entry = audit.get(i);
            opened.add(new AuditEntry(entry.occurredAt(), entry.actorAccountId(), entry.fromState(), entry.toState(),
                    sealed().openLine(AUDIT_TABLE, "note", i, entry.note()),
                    sealed().openLine(AUDIT_TABLE, "internal_note", i, entry.internalNote()),
                    entry.claimStep()));
        }
        return List.copyOf(opened);
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    private static final String AUDIT_TABLE = "support_request_audit";

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("support_request", rowKey, created -> rowKey = created);
    }
}
