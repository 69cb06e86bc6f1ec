package org.eshraqa.portal.volunteering;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.RecordKind;
import org.eshraqa.portal.identity.AccountSummary;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteering module's API for applications. Who calls comes from the security context: a
 * person reaches only their own application (anyone else's is "not found"); the volunteer
 * coordinator works the queue. Views may hide what a person cannot do, but the checks are here.
 */
@Service
public class VolunteerApplications {

    /** Version of the volunteering terms a person agrees to when submitting. */
    public static final String CONSENT_VERSION = "2026-12";
    /** Volunteers are adults. */
    public static final int MINIMUM_AGE = 18;
    static final int MAX_TEXT = 4000;
    private static final int MAX_DOCUMENTS = 10;
    private static final Set<ApplicationState> OPEN_WORK = EnumSet.of(ApplicationState.SUBMITTED,
            ApplicationState.IN_REVIEW, ApplicationState.INTERVIEW, ApplicationState.ACCEPTED);

    private final VolunteerApplicationRepository applications;
    private final VolunteerDocumentRepository documents;
    private final VolunteerDocumentContentRepository contents;
    private final VolunteerMessageRepository messages;
    private final VolunteerNoteRepository notes;
    private final Accounts accounts;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;
    private final long maxDocumentBytes;

    VolunteerApplications(VolunteerApplicationRepository applications, VolunteerDocumentRepository documents,
                          VolunteerDocumentContentRepository contents, VolunteerMessageRepository messages,
                          VolunteerNoteRepository notes, Accounts accounts, AccessLog accessLog,
                          ApplicationEventPublisher events, Clock clock, MeterRegistry meters,
                          @Value("${portal.volunteering.max-document-bytes:10485760}") long maxDocumentBytes) {
        this.applications = applications;
        this.documents = documents;
        this.contents = contents;
        this.messages = messages;
        this.notes = notes;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    // ---------------------------------------------------------------- the volunteer

    /** The caller's current application: the open one, else the latest closed one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ApplicationView> mine() {
        Caller me = Caller.current();
        return current(me.accountId()).map(a -> view(a, me));
    }

    /** Whether the caller is an active volunteer, who may join opportunities. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isActiveVolunteer() {
        return activeApplication(Caller.current().accountId()).isPresent();
    }

    /**
     * Opens a draft, started with the account's name, e-mail and mobile, or returns the draft
     * already open. Someone whose application is submitted or decided cannot start another; after a
     * rejection or withdrawal they can.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long startDraft() {
        Caller me = Caller.current();
        Optional<VolunteerApplication> open = current(me.accountId()).filter(a -> !a.state().isClosed());
        if (open.isPresent()) {
            if (open.get().state() == ApplicationState.DRAFT) {
                return open.get().id();
            }
            throw new VolunteeringRefused("volunteer.alreadyApplied");
        }
        AccountSummary account = accounts.current().orElseThrow();
        VolunteerProfile start = new VolunteerProfile(account.fullName(), null, null, null, null, null,
                account.mobile(), account.email(), null, null, null, null, null, null, null, null, null);
        VolunteerProfile checked = ProfileRules.check(start, VolunteerProfile.empty(), today(), MINIMUM_AGE).profile();
        try {
            return applications.saveAndFlush(new VolunteerApplication(me.accountId(), checked, clock.instant())).id();
        } catch (DataIntegrityViolationException raced) {
            // Two tabs starting at once: the unique key on open applications decides.
            throw new VolunteeringRefused("volunteer.alreadyApplied");
        }
    }

    /**
     * Saves the form as it stands. Valid values are kept, each invalid one is reported with its
     * message key and its last valid value stays.
     *
     * @return the field errors, empty when everything typed was valid
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Map<String, String> saveDraft(long applicationId, VolunteerProfile profile) {
        Caller me = Caller.current();
        VolunteerApplication application = mine(applicationId, me);
        ProfileRules.Checked checked = ProfileRules.check(profile, application.profile(), today(), MINIMUM_AGE);
        application.updateProfile(me, checked.profile());
        return checked.errors();
    }

    /**
     * Submits the draft: every required field, valid licence and availability rows, a CV, and the
     * consent to the volunteering terms.
     *
     * @throws InvalidInputException naming what is missing or wrong
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApplicationReceipt submit(long applicationId, boolean consent) {
        Caller me = Caller.current();
        VolunteerApplication application = mine(applicationId, me);
        Map<String, String> errors = new LinkedHashMap<>(ProfileRules.missing(application.profile(), today(),
                MINIMUM_AGE));
        if (documents.findByApplicationIdOrderById(applicationId).stream().noneMatch(d -> d.kind() == DocumentKind.CV)) {
            errors.put("documents.CV", "document.missing");
        }
        if (!consent) {
            errors.put("consent", "volunteer.consent.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        application.submit(me, CONSENT_VERSION, String.format("VOL-%d-%06d",
                now.atZone(PortalDates.zone()).getYear(), application.id()), now);
        flush(application);
        counted(ApplicationState.SUBMITTED);
        return new ApplicationReceipt(application.id(), application.reference(), now);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(long applicationId, long expectedVersion) {
        Caller me = Caller.current();
        VolunteerApplication application = expect(mine(applicationId, me), expectedVersion);
        application.withdraw(me, clock.instant());
        flush(application);
        counted(ApplicationState.WITHDRAWN);
    }

    // ---------------------------------------------------------------- documents

    /** Adds a CV, certificate or licence copy to a draft; checked by content like every upload. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public VolunteerDocumentInfo addDocument(long applicationId, DocumentKind kind, String fileName, byte[] content) {
        Caller me = Caller.current();
        VolunteerApplication application = mine(applicationId, me);
        VolunteeringRefused.require(application.state() == ApplicationState.DRAFT, "volunteer.refused.state");
        String field = "documents." + kind.name();
        UploadRules.Accepted file = UploadRules.check(field, fileName, content, maxDocumentBytes);
        if (kind.single()) {
            // A CV uploaded again replaces the one before: the applicant, the coordinator and the
            // data archive then see one CV, not three.
            for (VolunteerDocument old : documents.findByApplicationIdOrderById(applicationId)) {
                if (old.kind() == kind) {
                    contents.deleteById(old.id());
                    documents.delete(old);
                }
            }
            documents.flush();
        }
        if (documents.findByApplicationIdOrderById(applicationId).size() >= MAX_DOCUMENTS) {
            throw InvalidInputException.of(field, "document.tooMany");
        }
        VolunteerDocument document = documents.save(new VolunteerDocument(applicationId, kind, file.fileName(),
                file.mediaType(), content.length, file.sha256(), clock.instant()));
        contents.save(new VolunteerDocumentContent(document.id(), content));
        return document.info();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeDocument(long applicationId, long documentId) {
        Caller me = Caller.current();
        VolunteerApplication application = mine(applicationId, me);
        VolunteeringRefused.require(application.state() == ApplicationState.DRAFT, "volunteer.refused.state");
        VolunteerDocument document = documents.findById(documentId).filter(d -> d.applicationId() == applicationId)
                .orElseThrow(VolunteeringNotFound::new);
        contents.deleteById(document.id());
        documents.delete(document);
    }

    /** A document's bytes, for the volunteer or the coordinator (whose opening is logged); anyone else gets "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VolunteerFile document(long applicationId, long documentId) {
        Caller me = Caller.current();
        VolunteerApplication application = readable(applicationId, me);
        VolunteerDocumentInfo info = documents.findById(documentId).filter(d -> d.applicationId() == applicationId)
                .map(VolunteerDocument::info).orElseThrow(VolunteeringNotFound::new);
        byte[] bytes = contents.findById(documentId).orElseThrow(VolunteeringNotFound::new).content();
        if (!application.belongsTo(me.accountId())) {
            accessLog.opened(RecordKind.VOLUNTEER_DOCUMENT, documentId, label(application) + " · " + info.fileName(),
                    application.accountId());
        }
        return new VolunteerFile(info.fileName(), info.mediaType(), bytes);
    }

    // ---------------------------------------------------------------- messages and notes

    /** Writes on the thread between the volunteer and the coordinator, once the application is submitted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ThreadMessage postMessage(long applicationId, String text) {
        Caller me = Caller.current();
        VolunteerApplication application = readable(applicationId, me);
        VolunteeringRefused.require(application.state() != ApplicationState.DRAFT, "volunteer.thread.draft");
        String body = requireText(text, "message");
        boolean fromStaff = !application.belongsTo(me.accountId());
        VolunteerMessage message = messages.save(new VolunteerMessage(applicationId, me.accountId(), me.name(),
                fromStaff, body, clock.instant()));
        events.publishEvent(new VolunteerMessagePosted(message.id(), applicationId, application.reference(),
                application.accountId(), fromStaff));
        return message.view();
    }

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public ThreadMessage addNote(long applicationId, String text) {
        Caller me = Caller.current();
        // A draft is its author's: "not found", as for an id that does not exist.
        VolunteerApplication application = submitted(applicationId);
        VolunteerNote note = notes.save(new VolunteerNote(application.id(), me.accountId(), me.name(),
                requireText(text, "note"), clock.instant()));
        return note.view();
    }

    // ---------------------------------------------------------------- the coordinator

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ApplicationQueueRow> queue(ApplicationQueueFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return applications.queue(states(filter), filter.skill(), filter.interest(), filter.availableOn(),
                        PageRequest.of(offset / size, size)).stream()
                .map(a -> new ApplicationQueueRow(a.id(), a.reference(), a.fullName(), a.state(), a.submittedAt(),
                        a.interviewAt(), a.skills(), a.interests()))
                .toList();
    }

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public long countQueue(ApplicationQueueFilter filter) {
        return applications.countQueue(states(filter), filter.skill(), filter.interest(), filter.availableOn());
    }

    /** The coordinator's mirror of an application; drafts are the volunteer's own and not found. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public Optional<StaffApplicationView> findForStaff(long applicationId) {
        Caller me = Caller.current();
        return applications.findById(applicationId).filter(a -> a.state() != ApplicationState.DRAFT).map(a -> {
            accessLog.opened(RecordKind.VOLUNTEER_APPLICATION, a.id(), label(a), a.accountId());
            return staffView(a, me);
        });
    }

    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void startReview(long applicationId, long expectedVersion) {
        Caller me = Caller.current();
        VolunteerApplication application = expect(submitted(applicationId), expectedVersion);
        application.startReview(me, clock.instant());
        flush(application);
        counted(ApplicationState.IN_REVIEW);
    }

    /** Sets or moves the interview; {@code at} is Riyadh time, as the coordinator reads it. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void scheduleInterview(long applicationId, long expectedVersion, LocalDateTime at, MeetingMode mode,
                                  String location) {
        Caller me = Caller.current();
        Map<String, String> errors = new LinkedHashMap<>();
        Instant now = clock.instant();
        Instant when = at == null ? null : at.atZone(PortalDates.zone()).toInstant();
        if (when == null) {
            errors.put("interviewAt", "field.required");
        } else if (!when.isAfter(now)) {
            errors.put("interviewAt", "volunteer.interview.past");
        }
        if (mode == null) {
            errors.put("interviewMode", "field.required");
        }
        if (location == null || location.isBlank()) {
            errors.put("interviewLocation", "field.required");
        } else if (location.strip().length() > 300) {
            errors.put("interviewLocation", "volunteer.text.tooLong");
        } else if (mode == MeetingMode.REMOTE && !location.strip().matches("https://\\S+")) {
            errors.put("interviewLocation", "volunteer.interview.link");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        VolunteerApplication application = expect(submitted(applicationId), expectedVersion);
        boolean first = application.state() != ApplicationState.INTERVIEW;
        application.scheduleInterview(me, when, mode, location, now);
        flush(application);
        if (first) {
            counted(ApplicationState.INTERVIEW);
        }
    }

    /**
     * Accepts or rejects; a rejection needs a reason, which the volunteer reads. An internal note,
     * if given, stays with staff.
     */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void decide(long applicationId, long expectedVersion, boolean accepted, String reason,
                       String internalNote) {
        Caller me = Caller.current();
        if (reason != null && reason.strip().length() > MAX_TEXT) {
            throw InvalidInputException.of("reason", "volunteer.text.tooLong");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "volunteer.decision.reasonRequired");
        }
        VolunteerApplication application = expect(submitted(applicationId), expectedVersion);
        application.decide(me, accepted, reason, clock.instant());
        if (internalNote != null && !internalNote.isBlank()) {
            application.noteInternally(requireText(internalNote, "internalNote"));
        }
        flush(application);
        counted(accepted ? ApplicationState.ACCEPTED : ApplicationState.REJECTED);
    }

    /** The accepted volunteer becomes active: they may join opportunities and hold the VOLUNTEER role. */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void activate(long applicationId, long expectedVersion) {
        Caller me = Caller.current();
        VolunteerApplication application = expect(submitted(applicationId), expectedVersion);
        application.activate(me, clock.instant());
        flush(application);
        accounts.grantVolunteerRole(application.accountId());
        counted(ApplicationState.ACTIVE);
    }

    /**
     * The region of a volunteer and the coordinator who decided their application, for the survey
     * that follows the decision. Server-side only: never call it with an id from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<CaseFacts> factsOf(long applicationId) {
        return applications.findById(applicationId).map(a -> new CaseFacts(null, Channel.VOLUNTEERING,
                a.region(), a.lastActorAccountId()));
    }

    /** How many applications stand in each state (drafts left out): the volunteer pipeline. */
    @PreAuthorize("hasAnyRole('VOLUNTEER_COORDINATOR', 'QUALITY_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<ApplicationState, Long> pipeline() {
        Map<ApplicationState, Long> pipeline = new java.util.EnumMap<>(ApplicationState.class);
        for (Object[] row : applications.countByStateExceptDrafts()) {
            pipeline.put((ApplicationState) row[0], (Long) row[1]);
        }
        return pipeline;
    }

    // ---------------------------------------------------------------- for the module

    /** The active application of an account, if it is an active volunteer. */
    Optional<VolunteerApplication> activeApplication(long accountId) {
        return applications.findByAccountIdOrderByIdDesc(accountId).stream()
                .filter(a -> a.state() == ApplicationState.ACTIVE).findFirst();
    }

    long countActive() {
        return applications.countByState(ApplicationState.ACTIVE);
    }

    // ---------------------------------------------------------------- internals

    private Optional<VolunteerApplication> current(long accountId) {
        List<VolunteerApplication> all = applications.findByAccountIdOrderByIdDesc(accountId);
        return all.stream().filter(a -> !a.state().isClosed()).findFirst().or(() -> all.stream().findFirst());
    }

    private VolunteerApplication mine(long applicationId, Caller me) {
        return applications.findById(applicationId).filter(a -> a.belongsTo(me.accountId()))
                .orElseThrow(VolunteeringNotFound::new);
    }

    /** The caller's own application, or any submitted one for the coordinator. */
    private VolunteerApplication readable(long applicationId, Caller me) {
        return applications.findById(applicationId)
                .filter(a -> a.belongsTo(me.accountId())
                        || me.has(Role.VOLUNTEER_COORDINATOR) && a.state() != ApplicationState.DRAFT)
                .orElseThrow(VolunteeringNotFound::new);
    }

    private VolunteerApplication submitted(long applicationId) {
        return applications.findById(applicationId).filter(a -> a.state() != ApplicationState.DRAFT)
                .orElseThrow(VolunteeringNotFound::new);
    }

    /** Writes the change now; a change of the same version that committed first makes this one lose. */
    private void flush(VolunteerApplication application) {
        try {
            applications.saveAndFlush(application);
        } catch (ConcurrencyFailureException raced) {
            throw new ChangedMeanwhile();
        }
    }

    private static VolunteerApplication expect(VolunteerApplication application, long expectedVersion) {
        if (application.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        return application;
    }

    /** The application as {@code me} reads it; without a caller (the person's data archive), with no actions. */
    ApplicationView view(VolunteerApplication a, Caller me) {
        return new ApplicationView(a.id(), a.reference(), a.state(), a.profile(), a.submittedAt(), a.interviewAt(),
                a.interviewMode(), a.interviewLocation(), a.decisionReason(),
                a.audit().stream().map(e -> new ApplicationView.TimelineEntry(e.occurredAt(), e.fromState(),
                        e.toState(), e.note())).toList(),
                documents.findByApplicationIdOrderById(a.id()).stream().map(VolunteerDocument::info).toList(),
                messages.findByApplicationIdOrderById(a.id()).stream().map(VolunteerMessage::view).toList(),
                a.version(), me == null ? Set.of() : a.actionsFor(me));
    }

    private StaffApplicationView staffView(VolunteerApplication a, Caller me) {
        Map<Long, String> names = new HashMap<>();
        List<StaffApplicationView.AuditLine> audit = new ArrayList<>();
        for (ApplicationAuditEntry e : a.audit()) {
            audit.add(new StaffApplicationView.AuditLine(e.occurredAt(), nameOf(e.actorAccountId(), names),
                    e.fromState(), e.toState(), e.note(), e.internalNote()));
        }
        audit.sort(Comparator.comparing(StaffApplicationView.AuditLine::at).reversed());
        return new StaffApplicationView(view(a, me),
                notes.findByApplicationIdOrderById(a.id()).stream().map(VolunteerNote::view).toList(), audit,
                a.actionsFor(me));
    }

    private String nameOf(Long accountId, Map<Long, String> cache) {
        if (accountId == null) {
            return "";
        }
        return cache.computeIfAbsent(accountId,
                id -> accounts.summaryOf(id).map(AccountSummary::fullName).orElse("#" + id));
    }

    private static String label(VolunteerApplication application) {
        return application.reference() != null ? application.reference() : "#" + application.id();
    }

    private static Set<ApplicationState> states(ApplicationQueueFilter filter) {
        Set<ApplicationState> states = EnumSet.copyOf(filter.states().isEmpty() ? OPEN_WORK : filter.states());
        states.remove(ApplicationState.DRAFT);
        return states.isEmpty() ? OPEN_WORK : states;
    }

    private void counted(ApplicationState state) {
        meters.counter("portal.volunteers.applications", "state", state.name()).increment();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalDates.zone()));
    }

    static String requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "field.required");
        }
        String body = text.strip();
        if (body.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "volunteer.text.tooLong");
        }
        return body;
    }
}
