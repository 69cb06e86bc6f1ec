package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import org.eshraqa.portal.identity.Caller;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.Channel;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A question someone asked the association and its thread. Each step is one method that checks
 * the state and the caller's role and writes the staff-side history; the service checks who owns
 * the question before it calls the asker's methods.
 */
@Entity
class Inquiry {

    /** Roles that answer questions: the relations officer, and the social researcher for referred ones (P-10.3). */
    static final Set<Role> STAFF = EnumSet.of(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long askerAccountId;

    private String askerName;

    private Long requestId;

    private String requestReference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    private String subject;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private InquiryState state;

    private Long assigneeAccountId;

    private boolean referredToResearch;

    /** The staff member who wrote it down, for a question that came by another channel. */
    private Long recordedByAccountId;

    private Instant createdAt;

    private Instant firstResponseAt;

    private Instant lastActivityAt;

    private Instant closedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inquiry_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<InquiryMessage> messages = new ArrayList<>();

    /** Binds the sealed history notes to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    @ElementCollection
    @CollectionTable(name = "inquiry_history", joinColumns = @JoinColumn(name = "inquiry_id"))
    @OrderColumn(name = "position")
    private List<HistoryEntry> history = new ArrayList<>();

    @Version
    private long version;

    protected Inquiry() {
    }

    private Inquiry(long askerAccountId, String askerName, Channel channel, String subject, Instant now) {
        this.askerAccountId = askerAccountId;
        this.askerName = askerName;
        this.channel = channel;
        this.subject = subject;
        this.state = InquiryState.NEW;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** A question asked in the portal, general or on one of the asker's requests. */
    static Inquiry ask(Caller asker, String subject, String body, Long requestId, String requestReference,
                       Instant now) {
        Inquiry inquiry = new Inquiry(asker.accountId(), asker.name(), Channel.WEBSITE, subject, now);
        inquiry.requestId = requestId;
        inquiry.requestReference = requestReference;
        inquiry.messages.add(new InquiryMessage(asker.accountId(), asker.name(), false, body, now));
        inquiry.history.add(new HistoryEntry(now, asker.accountId(), HistoryKind.ASKED, null));
        return inquiry;
    }

    /**
     * A question that came by phone, interview, letter or social media from a person with an
     * account, written down by staff so that the answer reaches the person in the portal (P-8).
     */
    static Inquiry recordedFor(long askerAccountId, String askerName, Caller staff, Channel channel, String subject,
                               String body, Instant now) {
        requireStaff(staff);
        if (channel == Channel.WEBSITE) {
            throw new InquiryRefused("inquiry.refused.channel");
        }
        Inquiry inquiry = new Inquiry(askerAccountId, askerName, channel, subject, now);
        inquiry.recordedByAccountId = staff.accountId();
        inquiry.messages.add(new InquiryMessage(askerAccountId, askerName, false, body, now));
        inquiry.history.add(new HistoryEntry(now, staff.accountId(), HistoryKind.RECORDED, null));
        return inquiry;
    }

    /**
     * A question that came by WhatsApp or text message from a person with an account, opened on
     * the staff queue without anyone writing it down (P-8, social media or phone).
     */
    static Inquiry received(long askerAccountId, String askerName, Channel channel, String subject, String body,
                            Instant now) {
        if (channel == Channel.WEBSITE) {
            throw new InquiryRefused("inquiry.refused.channel");
        }
        Inquiry inquiry = new Inquiry(askerAccountId, askerName, channel, subject, now);
        inquiry.messages.add(new InquiryMessage(askerAccountId, askerName, false, body, now));
        inquiry.history.add(new HistoryEntry(now, askerAccountId, HistoryKind.ASKED, null));
        return inquiry;
    }

    boolean askedBy(long accountId) {
        return askerAccountId == accountId;
    }

    /** The asker writes again; the question waits on staff. */
    void askerWrites(Caller asker, String body, Instant now) {
        requireOpen();
        messages.add(new InquiryMessage(asker.accountId(), asker.name(), false, body, now));
        history.add(new HistoryEntry(now, asker.accountId(), HistoryKind.ASKER_REPLIED, null));
        if (state == InquiryState.WAITING_ON_ASKER) {
            state = InquiryState.WAITING_ON_STAFF;
        }
        lastActivityAt = now;
    }

    /**
     * Staff answer; the question waits on the asker.
     *
     * @return how long the asker waited, for the first answer only
     */
    Duration answer(Caller staff, String body, Instant now) {
        requireStaff(staff);
        requireOpen();
        messages.add(new InquiryMessage(staff.accountId(), staff.name(), true, body, now));
        history.add(new HistoryEntry(now, staff.accountId(), HistoryKind.ANSWERED, null));
        state = InquiryState.WAITING_ON_ASKER;
        lastActivityAt = now;
        if (assigneeAccountId == null) {
            assigneeAccountId = staff.accountId();
        }
        if (firstResponseAt == null) {
            firstResponseAt = now;
            return Duration.between(createdAt, now);
        }
        return null;
    }

    /** The asker is satisfied: closed. */
    void markAnswered(Caller asker, Instant now) {
        requireOpen();
        state = InquiryState.ANSWERED;
        closedAt = now;
        lastActivityAt = now;
        history.add(new HistoryEntry(now, asker.accountId(), HistoryKind.MARKED_ANSWERED, null));
    }

    void close(Caller staff, String note, Instant now) {
        requireStaff(staff);
        requireOpen();
        state = InquiryState.CLOSED;
        closedAt = now;
        lastActivityAt = now;
        history.add(new HistoryEntry(now, staff.accountId(), HistoryKind.CLOSED,
                sealed().sealLine(HISTORY, "note", history.size(), note)));
    }

    void assign(Caller staff, long assignee, String assigneeName, Instant now) {
        requireStaff(staff);
        requireOpen();
        assigneeAccountId = assignee;
        history.add(new HistoryEntry(now, staff.accountId(), HistoryKind.ASSIGNED,
                sealed().sealLine(HISTORY, "note", history.size(), assigneeName)));
    }

    /**
     * The procedure is unclear to the asker: the officer refers the question to a social
     * researcher, who answers and explains the organisational side (P-10.3).
     */
    void referToResearch(Caller officer, long researcher, String note, Instant now) {
        if (!officer.has(Role.RELATIONS_OFFICER)) {
            throw new InquiryRefused("inquiry.refused.role");
        }
        requireOpen();
        referredToResearch = true;
        assigneeAccountId = researcher;
        history.add(new HistoryEntry(now, officer.accountId(), HistoryKind.REFERRED,
                sealed().sealLine(HISTORY, "note", history.size(), note)));
    }

    /** The actions this staff member may take now. */
    Set<InquiryAction> actionsFor(Caller staff) {
        Set<InquiryAction> actions = EnumSet.noneOf(InquiryAction.class);
        if (!state.isOpen() || !staff.hasAny(STAFF)) {
            return actions;
        }
        actions.add(InquiryAction.ANSWER);
        actions.add(InquiryAction.ASSIGN);
        actions.add(InquiryAction.CLOSE);
        if (staff.has(Role.RELATIONS_OFFICER)) {
            actions.add(InquiryAction.REFER_TO_RESEARCH);
        }
        return actions;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new InquiryRefused("inquiry.refused.closed");
        }
    }

    private static void requireStaff(Caller caller) {
        if (!caller.hasAny(STAFF)) {
            throw new InquiryRefused("inquiry.refused.role");
        }
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long askerAccountId() {
        return askerAccountId;
    }

    String askerName() {
        return askerName;
    }

    String subject() {
        return subject;
    }

    Channel channel() {
        return channel;
    }

    InquiryState state() {
        return state;
    }

    Long assigneeAccountId() {
        return assigneeAccountId;
    }

    boolean referredToResearch() {
        return referredToResearch;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    /** The history with its notes opened: for the detail view only. */
    List<HistoryEntry> history() {
        List<HistoryEntry> opened = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry e = history.get(i);
            opened.add(new HistoryEntry(e.occurredAt(), e.actorAccountId(), e.kind(),
                    sealed().openLine(HISTORY, "note", i, e.note())));
        }
        return List.copyOf(opened);
    }

    /** The newest message; after {@link #answer} and a flush, the answer with its id. */
    InquiryMessage lastMessage() {
        return messages.getLast();
    }

    InquiryThread thread() {
        return new InquiryThread(id, subject, state, channel, requestId, requestReference, createdAt,
                messages.stream().map(InquiryMessage::view).toList(), version);
    }

    InquirySummary summary() {
        return new InquirySummary(id, subject, state, requestReference, createdAt, lastActivityAt);
    }

    private static final String HISTORY = "inquiry_history";

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("inquiry", rowKey, created -> rowKey = created);
    }
}
