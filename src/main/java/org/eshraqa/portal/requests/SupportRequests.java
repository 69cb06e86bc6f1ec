package org.eshraqa.portal.requests;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.RecordKind;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.CaseFacts;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.UploadRules;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests module's API. Every method works out who is calling from the security context,
 * never from an id the browser sent; a beneficiary reaches only their own requests, and anything
 * else is "not found". Views may hide what a person cannot do, but the checks are here.
 */
@Service
public class SupportRequests {

    /** Roles that work on requests and may open any of them. */
    private static final Set<Role> CASE_STAFF = EnumSet.of(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER,
            Role.COMMITTEE_MEMBER);
    private static final Set<RequestState> QUEUE_STATES = OpenWork.OPEN;
    private static final int MAX_DOCUMENTS = 20;
    private static final int MAX_TEXT = 4000;

    private final SupportRequestRepository requests;
    private final SupportServiceRepository services;
    private final RequestDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final RequestMessageRepository messages;
    private final InternalNoteRepository notes;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final AccessLog accessLog;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DistributionSummary decisionDays;
    private final DecisionDays decisionsPerDay;
    private final OpenWork openWork;
    private final int decisionTargetDays;
    private final long maxDocumentBytes;

    SupportRequests(SupportRequestRepository requests, SupportServiceRepository services,
                    RequestDocumentRepository documents, DocumentContentRepository contents,
                    RequestMessageRepository messages, InternalNoteRepository notes, Accounts accounts,
                    ApplicationEventPublisher events, Clock clock, MeterRegistry meters, AccessLog accessLog,
                    DecisionDays decisionsPerDay, OpenWork openWork,
                    @Value("${portal.requests.decision-target-days:14}") int decisionTargetDays,
                    @Value("${portal.requests.max-document-bytes:10485760}") long maxDocumentBytes) {
        this.requests = requests;
        this.services = services;
        this.documents = documents;
        this.contents = contents;
        this.messages = messages;
        this.notes = notes;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.accessLog = accessLog;
        this.meters = meters;
        this.decisionsPerDay = decisionsPerDay;
        this.openWork = openWork;
        this.decisionTargetDays = decisionTargetDays;
        this.maxDocumentBytes = maxDocumentBytes;
        this.decisionDays = DistributionSummary.builder("portal.requests.decision.time").baseUnit("days")
                .description("Days from submission to the committee's decision")
                .serviceLevelObjectives(decisionTargetDays).publishPercentileHistogram().register(meters);
    }

    // ---------------------------------------------------------------- catalogue

    /** The active services, in the administrator's order. Public information. */
    @Transactional(readOnly = true)
    public List<ServiceOffer> catalogue() {
        return services.findByActiveTrueOrderBySortOrder().stream().map(SupportService::offer).toList();
    }

    public int decisionTargetDays() {
        return decisionTargetDays;
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    // ---------------------------------------------------------------- filling in the form

    /**
     * Opens a draft for this service, or returns the draft already open for it. A new draft starts
     * with the name, e-mail and mobile of the account.
     */
    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public long startDraft(String serviceCode) {
        Actor me = currentActor();
        SupportService service = activeService(serviceCode);
        return requests.findByBeneficiaryAccountIdAndServiceCodeAndState(me.accountId(), service.code(),
                        RequestState.DRAFT).stream().findFirst()
                .orElseGet(() -> {
                    AccountSummary account = accounts.current().orElseThrow();
                    Applicant start = new Applicant(account.fullName(), null, null, null, null, null, null, null,
                            null, null, account.mobile(), account.email(), null, null, null);
                    Applicant checked = ApplicantRules.check(start, Applicant.empty(), today()).applicant();
                    return requests.save(new SupportRequest(me.accountId(), service.code(), checked, clock.instant()));
                })
                .id();
    }

    /**
     * An officer records a request for someone who came by phone, interview, letter or social
     * media (P-8); the officer then fills in the same form and submits it for them.
     */
    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public long recordOnBehalf(String serviceCode, Channel channel) {
        Actor me = currentActor();
        SupportService service = activeService(serviceCode);
        if (channel == null || channel == Channel.WEBSITE) {
            throw InvalidInputException.of("channel", "request.channel.required");
        }
        return requests.save(SupportRequest.onBehalf(me, service.code(), channel, Applicant.empty(), clock.instant()))
                .id();
    }

    /**
     * Saves the form as it stands. Valid values are kept, each invalid one is reported with its
     * message key and its last valid value stays: nothing typed correctly is ever lost. Sections
     * the request does not let this person change are refused.
     *
     * @return the field errors, empty when everything typed was valid
     */
    @PreAuthorize("hasAnyRole('BENEFICIARY', 'RELATIONS_OFFICER')")
    @Transactional
    public Map<String, String> saveDraft(long requestId, Applicant applicant, String need) {
        Actor me = currentActor();
        SupportRequest request = editable(requestId, me);
        ApplicantRules.Checked checked = ApplicantRules.check(applicant, request.applicant(), today());
        request.updateApplicant(me, checked.applicant());
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        String description = need == null || need.isBlank() ? null : need.strip();
        if (description != null && description.length() > MAX_TEXT) {
            errors.put("need", "request.text.tooLong");
        } else {
            request.describeNeed(me, description);
        }
        return errors;
    }

    /** Submits a draft with the signed declaration (P-10.4) and returns the receipt (P-10.5). */
    @PreAuthorize("hasAnyRole('BENEFICIARY', 'RELATIONS_OFFICER')")
    @Transactional
    public Receipt submit(long requestId, Declaration declaration) {
        Actor me = currentActor();
        SupportRequest request = editable(requestId, me);
        requireComplete(request);
        Instant now = clock.instant();
        moveAndSave(request, () -> request.submit(me, declaration, snapshotHash(request, declaration.typedName()),
                request.referenceFor(now), now, decisionTargetDays));
        meters.counter("portal.requests.submitted", "service", request.serviceCode(),
                "channel", request.channel().name()).increment();
        return new Receipt(request.id(), request.reference(), request.submittedAt(), request.expectedDecisionDate());
    }

    /** The beneficiary answered what staff asked and sends the request back to verification. */
    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public void resubmit(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, true, (request, me) -> {
            requireComplete(request);
            request.resubmit(me, snapshotHash(request, request.declarationSignature()), clock.instant());
        });
    }

    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public void withdraw(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, true, (request, me) -> request.withdraw(me, clock.instant()));
    }

    // ---------------------------------------------------------------- documents

    /**
     * Adds a document the service requires. Refused with a field error when the bytes are not a
     * PDF, JPEG or PNG, when the name's extension says otherwise, or when it is too large.
     */
    @PreAuthorize("hasAnyRole('BENEFICIARY', 'RELATIONS_OFFICER')")
    @Transactional
    public DocumentInfo addDocument(long requestId, DocumentType type, String fileName, byte[] content) {
        Actor me = currentActor();
        SupportRequest request = editable(requestId, me);
        request.requireEditable(me, FormSection.DOCUMENTS);
        String field = "documents." + type.name();
        if (!offerOf(request).requiredDocuments().contains(type)) {
            throw InvalidInputException.of(field, "document.notRequired");
        }
        UploadRules.Accepted file = UploadRules.check(field, fileName, content, maxDocumentBytes);
        if (documents.findByRequestIdOrderById(requestId).size() >= MAX_DOCUMENTS) {
            throw InvalidInputException.of(field, "document.tooMany");
        }
        RequestDocument document = documents.save(new RequestDocument(requestId, type, file.fileName(),
                file.mediaType(), content.length, file.sha256(), me.accountId(), clock.instant()));
        contents.save(new DocumentContent(document.id(), content));
        return document.info();
    }

    @PreAuthorize("hasAnyRole('BENEFICIARY', 'RELATIONS_OFFICER')")
    @Transactional
    public void removeDocument(long requestId, long documentId) {
        Actor me = currentActor();
        SupportRequest request = editable(requestId, me);
        request.requireEditable(me, FormSection.DOCUMENTS);
        RequestDocument document = documents.findById(documentId).filter(d -> d.requestId() == requestId)
                .orElseThrow(RequestNotFound::new);
        contents.deleteById(document.id());
        documents.delete(document);
    }

    /** A document's bytes, for the request's beneficiary or case staff; anyone else gets "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentFile document(long requestId, long documentId) {
        Actor me = currentActor();
        SupportRequest request = readable(requestId, me);
        RequestDocument document = documents.findById(documentId).filter(d -> d.requestId() == requestId)
                .orElseThrow(RequestNotFound::new);
        DocumentInfo info = document.info();
        byte[] bytes = contents.findById(document.id()).orElseThrow(RequestNotFound::new).content();
        if (!request.belongsTo(me.accountId())) {
            accessLog.opened(RecordKind.REQUEST_DOCUMENT, document.id(), label(request) + " · " + info.fileName(),
                    request.beneficiaryAccountId());
        }
        return new DocumentFile(info.fileName(), info.mediaType(), bytes);
    }

    // ---------------------------------------------------------------- messages and notes

    /** Writes on the thread the beneficiary shares with staff; shown as plain text, never markup. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ThreadMessage postMessage(long requestId, String text) {
        Actor me = currentActor();
        SupportRequest request = readable(requestId, me);
        String body = requireText(text, "message");
        request.requireThreadOpen(me);
        boolean fromStaff = !request.belongsTo(me.accountId());
        RequestMessage message = messages.save(new RequestMessage(requestId, me.accountId(), currentName(), fromStaff,
                body, clock.instant()));
        if (request.beneficiaryAccountId() != null) {
            events.publishEvent(new RequestMessagePosted(requestId, request.reference(),
                    request.beneficiaryAccountId(), message.id(), fromStaff));
        }
        return message.view();
    }

    /** A note only staff read. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER')")
    @Transactional
    public ThreadMessage addInternalNote(long requestId, String text) {
        Actor me = currentActor();
        requests.findById(requestId).filter(r -> staffMayOpen(r, me)).orElseThrow(RequestNotFound::new);
        String body = requireText(text, "note");
        InternalNote note = notes.save(new InternalNote(requestId, me.accountId(), currentName(), body,
                clock.instant()));
        return note.view();
    }

    // ---------------------------------------------------------------- the beneficiary's view

    /** The caller's own requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RequestSummary> mine() {
        return requests.findByBeneficiaryAccountIdOrderByIdDesc(currentActor().accountId()).stream()
                .map(r -> new RequestSummary(r.id(), r.reference(), r.serviceCode(), r.state(), r.submittedAt(),
                        r.expectedDecisionDate()))
                .toList();
    }

    /** One of the caller's own requests; empty for anyone else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BeneficiaryRequestView> findMine(long requestId) {
        Actor me = currentActor();
        return requests.findById(requestId).filter(r -> r.belongsTo(me.accountId())).map(r -> beneficiaryView(r, me));
    }

    // ---------------------------------------------------------------- staff

    /** The staff queue, most urgent first, a page at a time. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER')")
    @Transactional(readOnly = true)
    public List<QueueRow> queue(QueueFilter filter, int offset, int limit) {
        Actor me = currentActor();
        int size = Math.max(1, Math.min(limit, 200));
        Set<RequestState> states = EnumSet.noneOf(RequestState.class);
        states.addAll(states(filter));
        states.remove(RequestState.DRAFT); // a draft is its author's until it is sent
        if (states.isEmpty()) {
            return List.of();
        }
        return requests.queue(states, filter.serviceCode(), filter.channel(), filter.region(),
                        assignee(filter, me), filter.assignee() == QueueFilter.Assignee.UNASSIGNED,
                        PageRequest.of(offset / size, size)).stream()
                .map(r -> new QueueRow(r.id(), r.reference(), r.applicantName(), r.serviceCode(), r.channel(),
                        r.region(), r.state(), r.submittedAt(), r.expectedDecisionDate(),
                        r.assigneeAccountId() != null && r.assigneeAccountId() == me.accountId(),
                        r.assigneeAccountId() != null))
                .toList();
    }

    /**
     * The staff mirror of a request; empty for a draft, as for a request that does not exist, unless
     * this officer records it on someone's behalf.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER')")
    @Transactional(readOnly = true)
    public Optional<StaffRequestView> findForStaff(long requestId) {
        Actor me = currentActor();
        return requests.findById(requestId).filter(r -> staffMayOpen(r, me)).map(r -> {
            accessLog.opened(RecordKind.SUPPORT_REQUEST, r.id(), label(r), r.beneficiaryAccountId());
            return staffView(r, me);
        });
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void takeIntoVerification(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, false, (request, me) -> request.takeIntoVerification(me, clock.instant()));
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void recordVerification(long requestId, long expectedVersion, boolean identity, boolean documents,
                                   boolean data) {
        change(requestId, expectedVersion, false,
                (request, me) -> request.recordVerification(me, identity, documents, data));
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void requestInformation(long requestId, long expectedVersion, String whatIsMissing,
                                   Set<FormSection> sections) {
        change(requestId, expectedVersion, false,
                (request, me) -> request.requestInformation(me, whatIsMissing, sections, clock.instant()));
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void referToResearch(long requestId, long expectedVersion, String note) {
        change(requestId, expectedVersion, false, (request, me) -> request.referToResearch(me, note, clock.instant()));
    }

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional
    public void sendToCommittee(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, false, (request, me) -> request.sendToCommittee(me, clock.instant()));
    }

    @PreAuthorize("hasRole('SOCIAL_RESEARCHER')")
    @Transactional
    public void writeSocialStudy(long requestId, long expectedVersion, String study) {
        change(requestId, expectedVersion, false, (request, me) -> request.writeSocialStudy(me, study));
    }

    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    @Transactional
    public void decide(long requestId, long expectedVersion, boolean accepted, String reason) {
        decisionsPerDay.remove(List.of(requestId));
        change(requestId, expectedVersion, false, (request, me) -> {
            request.decide(me, accepted, reason, clock.instant());
            decisionDays.record(Duration.between(request.submittedAt(), request.decidedAt()).toHours() / 24.0);
        });
        decisionsPerDay.add(List.of(requestId));
        meters.counter("portal.requests.decided", "outcome", accepted ? "accepted" : "rejected").increment();
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void completeRegistration(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, false, (request, me) -> request.completeRegistration(me, clock.instant()));
    }

    /**
     * The service, channel, region and the officer who handled a request, for the survey that
     * follows its closing. Server-side only: never call it with an id from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<CaseFacts> factsOf(long requestId) {
        return requests.findById(requestId).map(r -> new CaseFacts(r.serviceCode(), r.channel(),
                r.applicantData().region(), r.assigneeAccountId()));
    }

    /**
     * Decisions from {@code from} to {@code to} (Riyadh days, inclusive): how many, how many by
     * their expected date, the mean days to decide; and the open work now.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER', 'VOLUNTEER_COORDINATOR', 'QUALITY_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public RequestFigures figures(LocalDate from, LocalDate to) {
        DecisionDays.Totals decisions = decisionsPerDay.between(from, to);
        OpenWork.Totals open = openWork.totals(today());
        return new RequestFigures(decisions.decided(), decisions.withinTarget(), decisions.meanDays(), open.byState(),
                open.overdue());
    }

    /** Open requests past their expected decision date, for the overdue gauge. */
    @Transactional(readOnly = true)
    long countOverdue() {
        return openWork.totals(today()).overdue();
    }

    // ---------------------------------------------------------------- internals

    /** How the access log names a request: its reference, or its number while it is a draft. */
    private static String label(SupportRequest request) {
        return request.reference() != null ? request.reference() : "#" + request.id();
    }

    private void change(long requestId, long expectedVersion, boolean ownerOnly,
                        BiConsumer<SupportRequest, Actor> transition) {
        Actor me = currentActor();
        SupportRequest request = ownerOnly ? mine(requestId, me)
                : requests.findById(requestId).filter(r -> staffMayOpen(r, me)).orElseThrow(RequestNotFound::new);
        if (request.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        try {
            moveAndSave(request, () -> transition.accept(request, me));
        } catch (ConcurrencyFailureException raced) {
            // Another change of the same version committed first (version check or deadlock on the row).
            throw new ConcurrentChange();
        }
    }

    /** Runs a step of the request's lifecycle, saves it and moves it between the open-work totals. */
    private void moveAndSave(SupportRequest request, Runnable step) {
        Optional<OpenWork.Place> before = OpenWork.placeOf(request);
        step.run();
        requests.saveAndFlush(request);
        openWork.moved(before, OpenWork.placeOf(request));
    }

    private SupportRequest mine(long requestId, Actor me) {
        return requests.findById(requestId).filter(r -> r.belongsTo(me.accountId())).orElseThrow(RequestNotFound::new);
    }

    /** The beneficiary's own request, or an on-behalf draft this officer records. */
    private SupportRequest editable(long requestId, Actor me) {
        return requests.findById(requestId)
                .filter(r -> r.belongsTo(me.accountId())
                        || me.has(Role.RELATIONS_OFFICER) && r.recordedByAccountId() != null
                        && r.recordedByAccountId() == me.accountId() && r.state() == RequestState.DRAFT)
                .orElseThrow(RequestNotFound::new);
    }

    /** The beneficiary's own request, or for case staff any request they may open. */
    private SupportRequest readable(long requestId, Actor me) {
        return requests.findById(requestId)
                .filter(r -> r.belongsTo(me.accountId())
                        || me.roles().stream().anyMatch(CASE_STAFF::contains) && staffMayOpen(r, me))
                .orElseThrow(RequestNotFound::new);
    }

    /**
     * Whether staff may see a request at all: not while it is a draft (it is its author's until it
     * is sent), except the officer recording it on someone's behalf. Everyone else is told "not
     * found", exactly as for an id that does not exist.
     */
    private static boolean staffMayOpen(SupportRequest r, Actor me) {
        return r.state() != RequestState.DRAFT
                || me.has(Role.RELATIONS_OFFICER) && r.recordedByAccountId() != null
                && r.recordedByAccountId() == me.accountId();
    }

    private void requireComplete(SupportRequest request) {
        Map<String, String> errors = new LinkedHashMap<>(ApplicantRules.missing(request.applicant(),
                request.recordedByAccountId() != null));
        if (request.needDescription() == null || request.needDescription().isBlank()) {
            errors.put("need", "request.need.required");
        }
        Set<DocumentType> present = documents.findByRequestIdOrderById(request.id()).stream()
                .map(RequestDocument::documentType).collect(Collectors.toSet());
        for (DocumentType type : offerOf(request).requiredDocuments()) {
            if (!present.contains(type)) {
                errors.put("documents." + type.name(), "document.missing");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ServiceOffer offerOf(SupportRequest request) {
        return services.findById(request.serviceCode()).map(SupportService::offer).orElseThrow();
    }

    private SupportService activeService(String serviceCode) {
        return services.findById(serviceCode).filter(SupportService::isActive)
                .orElseThrow(() -> InvalidInputException.of("service", "request.service.unknown"));
    }

    /** The request as {@code me} reads it; without a caller (the person's data archive), with no actions. */
    BeneficiaryRequestView beneficiaryView(SupportRequest r, Actor me) {
        return new BeneficiaryRequestView(r.id(), r.reference(), r.serviceCode(), r.channel(), r.state(),
                r.applicant(), r.needDescription(), r.submittedAt(), r.expectedDecisionDate(), r.informationRequested(),
                r.reopened(), r.decisionReason(),
                timeline(r),
                documents.findByRequestIdOrderById(r.id()).stream().map(RequestDocument::info).toList(),
                messages.findByRequestIdOrderById(r.id()).stream().map(RequestMessage::view).toList(),
                r.version(), me == null ? Set.of() : r.applicantActionsFor(me));
    }

    /**
     * The request's history as its beneficiary reads it: the changes of state and the claim that
     * linked it to them. The steps of claims (and a claim since undone) are for staff only.
     */
    private static List<TimelineEntry> timeline(SupportRequest r) {
        List<AuditEntry> entries = r.audit();
        int lastUndo = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).claimStep() == ClaimStep.UNDONE) {
                lastUndo = i;
            }
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry a = entries.get(i);
            if (a.claimStep() == null || a.claimStep() == ClaimStep.LINKED && i > lastUndo) {
                timeline.add(new TimelineEntry(a.occurredAt(), a.fromState(), a.toState(), a.note()));
            }
        }
        return timeline;
    }

    private StaffRequestView staffView(SupportRequest r, Actor me) {
        Map<Long, String> names = new HashMap<>();
        List<StaffRequestView.AuditLine> audit = new ArrayList<>();
        for (AuditEntry entry : r.audit()) {
            audit.add(new StaffRequestView.AuditLine(entry.occurredAt(), nameOf(entry.actorAccountId(), names),
                    entry.fromState(), entry.toState(), entry.note(), entry.internalNote(), entry.claimStep()));
        }
        audit.sort(Comparator.comparing(StaffRequestView.AuditLine::at).reversed());
        return new StaffRequestView(beneficiaryView(r, me), r.beneficiaryAccountId() != null,
                r.assigneeAccountId() == null ? null : nameOf(r.assigneeAccountId(), names),
                r.checkedIdentity(), r.checkedDocuments(), r.checkedData(), readsSocialStudy(me) ? r.socialStudy() : null,
                notes.findByRequestIdOrderById(r.id()).stream().map(InternalNote::view).toList(), audit,
                r.actionsFor(me), r.declarationSignature(), r.snapshotSha256());
    }

    /**
     * Minimum access: the social study is read by the researcher who writes it and the committee
     * that decides on it; the relations officer verifies identity, documents and data without it.
     */
    private static boolean readsSocialStudy(Actor me) {
        return me.roles().contains(Role.SOCIAL_RESEARCHER) || me.roles().contains(Role.COMMITTEE_MEMBER);
    }

    private String nameOf(Long accountId, Map<Long, String> cache) {
        if (accountId == null) {
            return "";
        }
        return cache.computeIfAbsent(accountId,
                id -> accounts.summaryOf(id).map(AccountSummary::fullName).orElse("#" + id));
    }

    private static Set<RequestState> states(QueueFilter filter) {
        return filter.states() == null || filter.states().isEmpty() ? QUEUE_STATES : filter.states();
    }

    private static Long assignee(QueueFilter filter, Actor me) {
        return filter.assignee() == QueueFilter.Assignee.ME ? me.accountId() : null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalDates.zone()));
    }

    private static String requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "field.required");
        }
        String body = text.strip();
        if (body.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "request.text.tooLong");
        }
        return body;
    }

    private static Actor currentActor() {
        Caller caller = Caller.current();
        return new Actor(caller.accountId(), caller.roles());
    }

    private static String currentName() {
        return Caller.current().name();
    }

    /**
     * SHA-256 of the submitted data and the documents' hashes: the snapshot the applicant signed
     * cannot change unnoticed.
     */
    private String snapshotHash(SupportRequest request, String signature) {
        StringBuilder canonical = new StringBuilder(String.join("\u001f", request.serviceCode(),
                request.applicantData().canonical(), String.valueOf(request.needDescription()),
                String.valueOf(signature)));
        documents.findByRequestIdOrderById(request.id())
                .forEach(d -> canonical.append('\u001f').append(d.documentType()).append(':').append(d.sha256()));
        return UploadRules.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }
}
