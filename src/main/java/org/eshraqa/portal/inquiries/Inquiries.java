package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.RecordKind;
import org.eshraqa.portal.identity.Caller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.RequestSummary;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.CaseFacts;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inquiries module's API for questions. Who calls comes from the security context: an asker
 * reaches only their own questions (anyone else's is "not found"); relations officers and social
 * researchers work the queue. Views may hide what a person cannot do, but the checks are here.
 */
@Service
public class Inquiries {

    static final int MAX_SUBJECT = 150;
    static final int MAX_BODY = 4000;
    private static final int MAX_NOTE = 1000;
    private static final Set<InquiryState> OPEN = EnumSet.of(InquiryState.NEW, InquiryState.WAITING_ON_STAFF,
            InquiryState.WAITING_ON_ASKER);

    private final InquiryRepository inquiries;
    private final CannedAnswerRepository cannedAnswers;
    private final SupportRequests requests;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer firstResponse;
    private final AccessLog accessLog;

    Inquiries(InquiryRepository inquiries, CannedAnswerRepository cannedAnswers, SupportRequests requests,
              Accounts accounts, ApplicationEventPublisher events, Clock clock, MeterRegistry meters,
              AccessLog accessLog) {
        this.inquiries = inquiries;
        this.cannedAnswers = cannedAnswers;
        this.requests = requests;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
        this.accessLog = accessLog;
        this.firstResponse = Timer.builder("portal.inquiries.first.response.time")
                .description("Time from a question to its first answer by staff")
                .publishPercentileHistogram().register(meters);
    }

    // ---------------------------------------------------------------- the asker

    /**
     * Asks a question. A request it is about must be one of the caller's own.
     *
     * @return the new question's id
     * @throws InvalidInputException with a message key per invalid field
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long ask(NewQuestion question) {
        Caller me = Caller.current();
        Map<String, String> errors = new LinkedHashMap<>();
        String subject = text(question.subject(), "subject", MAX_SUBJECT, errors);
        String body = text(question.body(), "body", MAX_BODY, errors);
        RequestSummary request = null;
        if (question.requestId() != null) {
            request = requests.mine().stream().filter(r -> r.id() == question.requestId()).findFirst().orElse(null);
            if (request == null) {
                errors.put("request", "inquiry.request.notYours");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Inquiry inquiry = inquiries.save(Inquiry.ask(me, subject, body, request == null ? null : request.id(),
                request == null ? null : request.reference(), clock.instant()));
        opened(inquiry.channel());
        return inquiry.id();
    }

    /** The caller's questions, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InquirySummary> mine(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        return inquiries.findByAskerAccountIdOrderByIdDesc(Caller.current().accountId(),
                PageRequest.of(offset / size, size)).stream().map(Inquiry::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMine() {
        return inquiries.countByAskerAccountId(Caller.current().accountId());
    }

    /** One of the caller's own questions; empty for anyone else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<InquiryThread> findMine(long inquiryId) {
        long me = Caller.current().accountId();
        return inquiries.findById(inquiryId).filter(i -> i.askedBy(me)).map(Inquiry::thread);
    }

    /** The asker writes again in their own thread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void reply(long inquiryId, long expectedVersion, String text) {
        Caller me = Caller.current();
        String body = requireText(text, "body", MAX_BODY);
        Inquiry inquiry = mine(inquiryId, me, expectedVersion);
        inquiry.askerWrites(me, body, clock.instant());
        flush(inquiry);
    }

    /** The asker is satisfied with the answer; the question is closed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAnswered(long inquiryId, long expectedVersion) {
        Caller me = Caller.current();
        Inquiry inquiry = mine(inquiryId, me, expectedVersion);
        inquiry.markAnswered(me, clock.instant());
        flush(inquiry);
    }

    // ---------------------------------------------------------------- staff

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional(readOnly = true)
    public List<InquiryQueueRow> queue(InquiryQueueFilter filter, int offset, int limit) {
        Caller me = Caller.current();
        int size = Math.max(1, Math.min(limit, 200));
        List<Inquiry> page = inquiries.queue(states(filter), filter.channel(), filter.assignedToMe() ? me.accountId() : null,
                filter.referredOnly(), PageRequest.of(offset / size, size));
        Map<Long, String> names = new HashMap<>();
        return page.stream().map(i -> new InquiryQueueRow(i.id(), i.subject(), i.askerName(), i.channel(), i.state(),
                i.createdAt(), i.lastActivityAt(), nameOf(i.assigneeAccountId(), names), i.referredToResearch()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional(readOnly = true)
    public long countQueue(InquiryQueueFilter filter) {
        Caller me = Caller.current();
        return inquiries.countQueue(states(filter), filter.channel(), filter.assignedToMe() ? me.accountId() : null,
                filter.referredOnly());
    }

    /**
     * The staff mirror of a question and its thread. Each opening is written to the access log (the
     * asker sees it under "Who opened my file"); a refresh soon after counts once.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional(readOnly = true)
    public Optional<StaffInquiryView> findForStaff(long inquiryId) {
        Caller me = Caller.current();
        return inquiries.findById(inquiryId).map(i -> {
            if (i.askerAccountId() != me.accountId()) {
                accessLog.opened(RecordKind.INQUIRY, i.id(), "#" + i.id(), i.askerAccountId());
            }
            return staffView(i, me);
        });
    }

    /** Answers the asker, who is notified ({@link InquiryAnswered}). */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional
    public void answer(long inquiryId, long expectedVersion, String text) {
        Caller me = Caller.current();
        String body = requireText(text, "answer", MAX_BODY);
        Inquiry inquiry = any(inquiryId, expectedVersion);
        Instant now = clock.instant();
        Duration waited = inquiry.answer(me, body, now);
        flush(inquiry);
        if (waited != null) {
            firstResponse.record(waited);
        }
        events.publishEvent(new InquiryAnswered(inquiry.id(), inquiry.lastMessage().id(), inquiry.askerAccountId(),
                inquiry.subject(), inquiry.channel(), waited != null, now));
    }

    /** Gives the question to a relations officer or social researcher. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional
    public void assign(long inquiryId, long expectedVersion, long assigneeAccountId) {
        Caller me = Caller.current();
        StaffMember assignee = assignableStaff().stream().filter(s -> s.accountId() == assigneeAccountId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("assignee", "inquiry.assignee.invalid"));
        Inquiry inquiry = any(inquiryId, expectedVersion);
        inquiry.assign(me, assignee.accountId(), assignee.name(), clock.instant());
        flush(inquiry);
    }

    /** Refers the question to a social researcher, who explains the procedure (P-10.3). */
    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void referToResearch(long inquiryId, long expectedVersion, long researcherAccountId, String note) {
        Caller me = Caller.current();
        StaffMember researcher = researchers().stream().filter(s -> s.accountId() == researcherAccountId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("researcher", "inquiry.researcher.invalid"));
        String why = optionalText(note, "note", MAX_NOTE);
        Inquiry inquiry = any(inquiryId, expectedVersion);
        inquiry.referToResearch(me, researcher.accountId(), why, clock.instant());
        flush(inquiry);
    }

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional
    public void close(long inquiryId, long expectedVersion, String note) {
        Caller me = Caller.current();
        String why = optionalText(note, "note", MAX_NOTE);
        Inquiry inquiry = any(inquiryId, expectedVersion);
        inquiry.close(me, why, clock.instant());
        flush(inquiry);
    }

    /** Relations officers and social researchers, by name. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional(readOnly = true)
    public List<StaffMember> assignableStaff() {
        return staff(Inquiry.STAFF);
    }

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional(readOnly = true)
    public List<StaffMember> researchers() {
        return staff(Set.of(Role.SOCIAL_RESEARCHER));
    }

    /** Records a question that came by another channel from a person with an account (see {@link Contacts}). */
    long recordFor(AccountSummary person, Caller staff, Channel channel, String subject, String body) {
        Inquiry inquiry = inquiries.save(Inquiry.recordedFor(person.id(), person.fullName(), staff, channel, subject,
                body, clock.instant()));
        opened(channel);
        return inquiry.id();
    }

    /**
     * A message that came by WhatsApp or text message from the mobile of a person with an account:
     * it continues their question {@code continueInquiryId} if that is still open, otherwise it
     * opens a new one on the staff queue on {@code channel}. Server-side only (the messaging
     * module's signed webhook); never with ids from the browser.
     *
     * @return the question the message went to
     */
    @Transactional
    public long receivedByMessage(long accountId, Channel channel, Long continueInquiryId, String subject, String body) {
        String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        AccountSummary person = accounts.summaryOf(accountId).orElseThrow(InquiryNotFound::new);
        Instant now = clock.instant();
        if (continueInquiryId != null) {
            Optional<Inquiry> open = inquiries.findById(continueInquiryId)
                    .filter(i -> i.askedBy(accountId) && i.state().isOpen());
            if (open.isPresent()) {
                open.get().askerWrites(new Caller(accountId, person.fullName(), Set.of()), text, now);
                flush(open.get());
                return open.get().id();
            }
        }
        String title = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        Inquiry inquiry = inquiries.save(Inquiry.received(accountId, person.fullName(), channel, title, text, now));
        opened(channel);
        return inquiry.id();
    }

    /**
     * The text of a message of a question, for sending staff's answer back on the channel it came
     * by. Server-side only: never with ids from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<String> messageText(long inquiryId, long messageId) {
        return inquiries.findById(inquiryId).flatMap(i -> i.thread().messages().stream()
                .filter(m -> m.id() == messageId).findFirst()).map(ThreadMessage::body);
    }

    /**
     * The channel and the member of staff who answered a question (its assignee), for the survey
     * that follows it. Server-side only: never call it with an id from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<CaseFacts> factsOf(long inquiryId) {
        return inquiries.findById(inquiryId).map(i -> new CaseFacts(null, i.channel(), null, i.assigneeAccountId()));
    }

    // ---------------------------------------------------------------- canned answers

    /** The active canned answers, in the administrator's order. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CannedAnswerView> cannedAnswers() {
        return cannedAnswers.findAllByOrderBySortOrderAscIdAsc().stream().filter(CannedAnswer::isActive)
                .map(CannedAnswer::view).toList();
    }

    /** Every canned answer, active or not, for the administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CannedAnswerView> allCannedAnswers() {
        return cannedAnswers.findAllByOrderBySortOrderAscIdAsc().stream().map(CannedAnswer::view).toList();
    }

    /**
     * Creates ({@code id} null) or changes a canned answer.
     *
     * @throws InvalidInputException with a message key per invalid field
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CannedAnswerView saveCannedAnswer(Long id, long expectedVersion, CannedAnswerDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(draft.titleAr(), "titleAr", MAX_SUBJECT, errors);
        text(draft.titleEn(), "titleEn", MAX_SUBJECT, errors);
        text(draft.bodyAr(), "bodyAr", MAX_BODY, errors);
        text(draft.bodyEn(), "bodyEn", MAX_BODY, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (id == null) {
            return cannedAnswers.saveAndFlush(new CannedAnswer(draft)).view();
        }
        CannedAnswer answer = cannedAnswers.findById(id).orElseThrow(ChangedMeanwhile::new);
        if (answer.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        answer.update(draft);
        return cannedAnswers.saveAndFlush(answer).view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteCannedAnswer(long id) {
        cannedAnswers.deleteById(id);
    }

    // ---------------------------------------------------------------- internals

    private void opened(Channel channel) {
        Counter.builder("portal.inquiries.opened").description("Questions asked, by channel")
                .tag("channel", channel.name()).register(meters).increment();
    }

    /** Writes the change now; a change of the same version that committed first makes this one lose. */
    private void flush(Inquiry inquiry) {
        try {
            inquiries.saveAndFlush(inquiry);
        } catch (ConcurrencyFailureException raced) {
            throw new ChangedMeanwhile();
        }
    }

    private Inquiry mine(long inquiryId, Caller me, long expectedVersion) {
        Inquiry inquiry = inquiries.findById(inquiryId).filter(i -> i.askedBy(me.accountId()))
                .orElseThrow(InquiryNotFound::new);
        if (inquiry.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        return inquiry;
    }

    private Inquiry any(long inquiryId, long expectedVersion) {
        Inquiry inquiry = inquiries.findById(inquiryId).orElseThrow(InquiryNotFound::new);
        if (inquiry.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        return inquiry;
    }

    private StaffInquiryView staffView(Inquiry inquiry, Caller me) {
        Map<Long, String> names = new HashMap<>();
        Optional<AccountSummary> asker = accounts.summaryOf(inquiry.askerAccountId());
        List<StaffInquiryView.HistoryLine> history = inquiry.history().reversed().stream()
                .map(h -> new StaffInquiryView.HistoryLine(h.occurredAt(), nameOf(h.actorAccountId(), names), h.kind(),
                        h.note()))
                .toList();
        return new StaffInquiryView(inquiry.thread(), inquiry.askerName(), asker.map(AccountSummary::email).orElse(null),
                asker.map(AccountSummary::language).orElse("ar"), inquiry.assigneeAccountId(),
                nameOf(inquiry.assigneeAccountId(), names), inquiry.referredToResearch(), history,
                inquiry.actionsFor(me));
    }

    private List<StaffMember> staff(Set<Role> roles) {
        return accounts.activeStaffWith(roles).stream().map(a -> new StaffMember(a.id(), a.fullName())).toList();
    }

    private String nameOf(Long accountId, Map<Long, String> cache) {
        if (accountId == null) {
            return null;
        }
        return cache.computeIfAbsent(accountId,
                id -> accounts.summaryOf(id).map(AccountSummary::fullName).orElse("#" + id));
    }

    private static Set<InquiryState> states(InquiryQueueFilter filter) {
        return filter.states() == null || filter.states().isEmpty() ? OPEN : filter.states();
    }

    static String text(String text, String field, int max, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "field.required");
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            errors.put(field, "inquiry.text.tooLong");
        }
        return value;
    }

    static String requireText(String text, String field, int max) {
        Map<String, String> errors = new LinkedHashMap<>();
        String value = text(text, field, max, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }

    static String optionalText(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return requireText(text, field, max);
    }
}
