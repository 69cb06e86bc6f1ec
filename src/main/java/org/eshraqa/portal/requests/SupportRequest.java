package org.eshraqa.portal.requests;

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
import java.util.List;
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

    private long beneficiaryAccountId;

    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RequestState state;

    private String applicantName;

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

    /** A new draft, by the beneficiary from home or by an officer for someone who came by another channel. */
    SupportRequest(long beneficiaryAccountId, String serviceCode, Channel channel, String applicantName, Instant now) {
        this.beneficiaryAccountId = beneficiaryAccountId;
        this.serviceCode = serviceCode;
        this.channel = channel;
        this.applicantName = applicantName;
        this.state = DRAFT;
        this.createdAt = now;
    }

    void describeNeed(Actor actor, String description) {
        requireOwner(actor);
        require(state == DRAFT || state == NEEDS_INFO, "request.refused.state");
        this.needDescription = description;
    }

    /**
     * Submits the draft (P-10.4, P-10.5): the declaration must be ticked and signed with the
     * applicant's name; the expected decision date is {@code slaDays} after submission.
     */
    void submit(Actor actor, Declaration declaration, String snapshotSha256, String reference, Instant now,
                int slaDays) {
        require(isOwner(actor) || actor.has(Role.RELATIONS_OFFICER), "request.refused.role");
        require(state == DRAFT, "request.refused.state");
        requireText(needDescription, "request.need.required");
        if (!declaration.dataCorrect() || !declaration.responsibilityAccepted()) {
            throw new TransitionRefused("request.declaration.unticked", "Declaration not confirmed");
        }
        if (!declaration.signedBy(applicantName)) {
            throw new TransitionRefused("request.declaration.signature", "Signature does not match the applicant");
        }
        this.declarationVersion = declaration.textVersion();
        this.declarationSignature = declaration.typedName().strip();
        this.snapshotSha256 = snapshotSha256;
        this.reference = reference;
        this.submittedAt = now;
        this.expectedDecisionDate = now.atZone(PortalDates.ZONE).toLocalDate().plusDays(slaDays);
        move(actor, SUBMITTED, null, now);
    }

    void takeIntoVerification(Actor actor, Instant now) {
        require(actor.has(Role.RELATIONS_OFFICER), "request.refused.role");
        require(state == SUBMITTED, "request.refused.state");
        move(actor, IN_VERIFICATION, null, now);
    }

    /** Asks the beneficiary for what is missing (P-10.2); they see exactly this text. */
    void requestInformation(Actor actor, String whatIsMissing, Instant now) {
        require(actor.has(Role.RELATIONS_OFFICER), "request.refused.role");
        require(state == IN_VERIFICATION, "request.refused.state");
        requireText(whatIsMissing, "request.note.required");
        this.informationRequested = whatIsMissing.strip();
        move(actor, NEEDS_INFO, informationRequested, now);
    }

    /** The beneficiary answered what was asked and sends the request back to verification. */
    void resubmit(Actor actor, Instant now) {
        requireOwner(actor);
        require(state == NEEDS_INFO, "request.refused.state");
        this.informationRequested = null;
        move(actor, IN_VERIFICATION, null, now);
    }

    /** Refers the case to the social researcher (P-10.3). */
    void referToResearch(Actor actor, String note, Instant now) {
        require(actor.has(Role.RELATIONS_OFFICER), "request.refused.role");
        require(state == IN_VERIFICATION, "request.refused.state");
        move(actor, IN_RESEARCH, note, now);
    }

    /** Sends the request to the research committee: by the officer after verification, or the researcher after the study. */
    void sendToCommittee(Actor actor, Instant now) {
        if (state == IN_VERIFICATION) {
            require(actor.has(Role.RELATIONS_OFFICER), "request.refused.role");
        } else if (state == IN_RESEARCH) {
            require(actor.has(Role.SOCIAL_RESEARCHER), "request.refused.role");
            require(socialStudy != null && !socialStudy.isBlank(), "request.study.required");
        } else {
            throw new TransitionRefused("request.refused.state", "Cannot send to committee from " + state);
        }
        move(actor, IN_COMMITTEE, null, now);
    }

    void writeSocialStudy(Actor actor, String study) {
        require(actor.has(Role.SOCIAL_RESEARCHER), "request.refused.role");
        require(state == IN_RESEARCH, "request.refused.state");
        requireText(study, "request.study.required");
        this.socialStudy = study.strip();
    }

    /** The committee's decision (P-10.5). A rejection needs a reason, which the beneficiary reads. */
    void decide(Actor actor, boolean accepted, String reason, Instant now) {
        require(actor.has(Role.COMMITTEE_MEMBER), "request.refused.role");
        require(state == IN_COMMITTEE, "request.refused.state");
        if (!accepted) {
            requireText(reason, "request.reason.required");
        }
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedAt = now;
        move(actor, accepted ? ACCEPTED : REJECTED, decisionReason, now);
    }

    /** Registration completed once every requirement is met (P-10.6). */
    void completeRegistration(Actor actor, Instant now) {
        require(actor.has(Role.RELATIONS_OFFICER), "request.refused.role");
        require(state == ACCEPTED, "request.refused.state");
        move(actor, REGISTERED, null, now);
    }

    /** Only the beneficiary withdraws, and only an open request. */
    void withdraw(Actor actor, Instant now) {
        requireOwner(actor);
        require(state.isOpen(), "request.refused.state");
        move(actor, WITHDRAWN, null, now);
    }

    private void move(Actor actor, RequestState to, String publicNote, Instant now) {
        RequestState from = state;
        state = to;
        audit.add(new AuditEntry(now, actor.accountId(), from, to, publicNote));
        registerEvent(new SupportRequestStateChanged(id == null ? 0 : id, reference, beneficiaryAccountId, from, to,
                publicNote));
    }

    private boolean isOwner(Actor actor) {
        return actor.accountId() == beneficiaryAccountId;
    }

    private void requireOwner(Actor actor) {
        require(isOwner(actor), "request.refused.owner");
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

    long beneficiaryAccountId() {
        return beneficiaryAccountId;
    }

    RequestState state() {
        return state;
    }

    LocalDate expectedDecisionDate() {
        return expectedDecisionDate;
    }

    String informationRequested() {
        return informationRequested;
    }

    String decisionReason() {
        return decisionReason;
    }

    String socialStudy() {
        return socialStudy;
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
        return applicantName;
    }

    String needDescription() {
        return needDescription;
    }

    String declarationVersion() {
        return declarationVersion;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    /** Numbers the request once it has an id: ESH-2026-000042. */
    String referenceFor(Instant now) {
        return String.format("ESH-%d-%06d", now.atZone(PortalDates.ZONE).getYear(), id);
    }

    List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
