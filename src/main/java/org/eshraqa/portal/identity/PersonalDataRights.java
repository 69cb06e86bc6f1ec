package org.eshraqa.portal.identity;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eshraqa.portal.shared.privacy.PersonalDataHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights over their data (Saudi Personal Data Protection Law): see what they agreed to
 * and stop optional uses, download everything held about them, and have it erased; and the
 * retention rule that anonymises closed files after a configurable period.
 *
 * <p>Erasure is automatic when no module has a reason to keep the data; otherwise an
 * administrator decides. Either way every module's part is erased in one transaction, and the
 * {@code data_erasure} row keeps that it happened.
 */
@Service
public class PersonalDataRights {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRights.class);

    private final AccountRepository accounts;
    private final DataErasureRepository erasures;
    private final OidcLinkRepository oidcLinks;
    private final EmailVerificationRepository verifications;
    private final List<PersonalDataHolder> holders;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period retention;

    PersonalDataRights(AccountRepository accounts, DataErasureRepository erasures, OidcLinkRepository oidcLinks,
                       EmailVerificationRepository verifications, List<PersonalDataHolder> holders, JdbcClient jdbc,
                       JsonMapper json, ApplicationEventPublisher events, Clock clock,
                       @Value("${portal.retention.closed-files:P5Y}") Period retention) {
        this.accounts = accounts;
        this.erasures = erasures;
        this.oidcLinks = oidcLinks;
        this.verifications = verifications;
        this.holders = List.copyOf(holders);
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    /** How long a closed file is kept before it is anonymised. */
    public Period retention() {
        return retention;
    }

    // ------------------------------------------------------------------ consent and optional uses

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyData mine() {
        Account me = me();
        return new MyData(me.consentVersion(), me.consentedAt(), Accounts.CONSENT_VERSION, optionalUses(me.id()),
                erasures.findFirstByAccountIdOrderByIdDesc(me.id()).map(DataErasure::view));
    }

    /** The signed-in person agrees to the current privacy notice. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void agreeToCurrentNotice() {
        me().agreeTo(Accounts.CONSENT_VERSION, clock.instant());
    }

    /** The signed-in person allows or stops an optional use of their data. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void allow(OptionalUse use, boolean allowed) {
        long me = me().id();
        jdbc.sql("""
                        insert into account_optional_use (account_id, purpose, allowed, changed_at)
                        values (:account, :purpose, :allowed, :now)
                        on duplicate key update allowed = :allowed, changed_at = :now
                        """)
                .param("account", me).param("purpose", use.name()).param("allowed", allowed)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime())
                .update();
        log.info("Account {} {} optional use {}", me, allowed ? "allowed" : "stopped", use);
    }

    /**
     * How the person wants case messages on their mobile: {@code NONE} while text messages
     * ({@link OptionalUse#SMS_UPDATES}) are stopped, {@code WHATSAPP} once they chose it on my-data,
     * else {@code SMS}. An erased or unknown account gets none.
     */
    @Transactional(readOnly = true)
    public MessagingChannel messagingChannel(long accountId) {
        if (!allows(accountId, OptionalUse.SMS_UPDATES)) {
            return MessagingChannel.NONE;
        }
        return jdbc.sql("select channel from account_messaging_channel where account_id = :account")
                .param("account", accountId).query(String.class).optional()
                .filter(MessagingChannel.WHATSAPP.name()::equals).map(c -> MessagingChannel.WHATSAPP)
                .orElse(MessagingChannel.SMS);
    }

    /** The signed-in person's channel for case messages, as {@link #messagingChannel} tells it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MessagingChannel myMessagingChannel() {
        return messagingChannel(me().id());
    }

    /**
     * The signed-in person chooses how case messages reach their mobile. Choosing WhatsApp is their
     * consent to it, kept with its time; {@code NONE} stops text messages as the checkbox does.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseMessagingChannel(MessagingChannel channel) {
        long me = me().id();
        if (channel == MessagingChannel.NONE) {
            allow(OptionalUse.SMS_UPDATES, false);
            return;
        }
        allow(OptionalUse.SMS_UPDATES, true);
        jdbc.sql("""
                        insert into account_messaging_channel (account_id, channel, changed_at)
                        values (:account, :channel, :now)
                        on duplicate key update channel = :channel, changed_at = :now
                        """)
                .param("account", me).param("channel", channel.name())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime())
                .update();
        events.publishEvent(new MessagingChannelChosen(me, channel));
        log.info("Account {} chose {} for case messages", me, channel);
    }

    /**
     * The person answered a message with an opt-out word: messages on their mobile stop at once,
     * as if they had stopped them on my-data. Server-side only (the messaging module's webhook),
     * never with an id from the browser.
     */
    @Transactional
    public void stopMessagesByReply(long accountId) {
        jdbc.sql("""
                        insert into account_optional_use (account_id, purpose, allowed, changed_at)
                        values (:account, :purpose, false, :now)
                        on duplicate key update allowed = false, changed_at = :now
                        """)
                .param("account", accountId).param("purpose", OptionalUse.SMS_UPDATES.name())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime())
                .update();
        log.info("Account {} stopped messages on their mobile by a reply", accountId);
    }

    /**
     * Whether the person lets the association use their data this way. Other modules ask before an
     * optional use (a survey invitation, a text message); an erased or unknown account allows nothing.
     */
    @Transactional(readOnly = true)
    public boolean allows(long accountId, OptionalUse use) {
        return accounts.findById(accountId).filter(a -> a.status() != AccountStatus.ERASED).isPresent()
                && optionalUses(accountId).get(use);
    }

    private Map<OptionalUse, Boolean> optionalUses(long accountId) {
        Map<OptionalUse, Boolean> uses = new EnumMap<>(OptionalUse.class);
        for (OptionalUse use : OptionalUse.values()) {
            uses.put(use, true);
        }
        jdbc.sql("select purpose, allowed from account_optional_use where account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
                .list()
                .forEach(e -> {
                    try {
                        uses.put(OptionalUse.valueOf(e.getKey()), e.getValue());
                    } catch (IllegalArgumentException unknown) {
                        // a purpose this version no longer offers
                    }
                });
        return uses;
    }

    // ------------------------------------------------------------------ download my data

    /**
     * Writes everything the portal holds about the signed-in person as one ZIP: the account, then
     * each module's records as JSON and the files they uploaded.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeMyArchive(OutputStream out) {
        Account me = me();
        try (ZipDataArchive archive = new ZipDataArchive(out, json)) {
            archive.text("README.txt", readme());
            archive.section("account");
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("email", me.email());
            account.put("fullName", me.fullName());
            account.put("mobile", me.mobile());
            account.put("language", me.language());
            account.put("roles", me.roles());
            account.put("status", me.status());
            account.put("createdAt", me.createdAt());
            account.put("privacyNoticeVersion", me.consentVersion());
            account.put("privacyNoticeAgreedAt", me.consentedAt());
            account.put("optionalUses", optionalUses(me.id()));
            account.put("messagingChannel", messagingChannel(me.id()));
            account.put("signInProviders", oidcLinks.findByAccountId(me.id()).stream().map(OidcLink::provider).toList());
            account.put("erasureRequests", erasures.findAll().stream().filter(e -> e.accountId() == me.id())
                    .map(DataErasure::view).toList());
            archive.json("account", account);
            for (PersonalDataHolder holder : holders) {
                archive.section(holder.section());
                holder.export(me.id(), archive);
            }
        }
        log.info("Account {} downloaded a copy of their data", me.id());
    }

    private static String readme() {
        return """
                Eshraqa Association for Promoting Mental Health - your data
                جمعية إشراقة لتعزيز الصحة النفسية - بياناتك

                account/      your account, the privacy notice you agreed to, your choices
                requests/     your support requests, their history, messages and the documents you sent
                inquiries/    your questions and their answers
                volunteering/ your volunteer applications, hours and certificates
                surveys/      your own answers to satisfaction surveys
                notifications/ the notices the portal showed you

                Internal working notes of staff and the social study are not part of this copy;
                ask the association to see them.
                ملاحظات العمل الداخلية للموظفين والدراسة الاجتماعية ليست ضمن هذه النسخة؛
                اطلبها من الجمعية.
                """;
    }

    // ------------------------------------------------------------------ erasure

    /**
     * The signed-in person asks to erase their account. With nothing to keep it happens at once
     * and the session ends; otherwise the request waits for an administrator.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ErasureOutcome requestErasure() {
        Account me = me();
        Optional<DataErasure> latest = erasures.findFirstByAccountIdOrderByIdDesc(me.id());
        if (latest.isPresent() && latest.get().state() == ErasureState.PENDING) {
            return ErasureOutcome.AWAITING_DECISION;
        }
        List<String> reasons = reasonsToKeep(me);
        Instant now = clock.instant();
        if (!reasons.isEmpty()) {
            erasures.save(DataErasure.awaitingDecision(me.id(), reasons, now));
            log.info("Account {} asked for erasure; waiting for a decision ({})", me.id(), reasons);
            return ErasureOutcome.AWAITING_DECISION;
        }
        DataErasure erasure = erasures.save(DataErasure.immediate(me.id(), now));
        erasure.erased(erase(me), null, now);
        return ErasureOutcome.ERASED;
    }

    /** The person withdraws their pending erasure request. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancelErasure() {
        Account me = me();
        erasures.findFirstByAccountIdOrderByIdDesc(me.id()).filter(e -> e.state() == ErasureState.PENDING)
                .orElseThrow(ErasureChangedMeanwhile::new).cancel(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ErasureRequestRow> pendingErasures() {
        List<ErasureRequestRow> rows = new ArrayList<>();
        for (DataErasure e : erasures.findByStateOrderByRequestedAt(ErasureState.PENDING)) {
            accounts.findById(e.accountId()).ifPresent(a -> rows.add(new ErasureRequestRow(e.id(), a.id(),
                    a.fullName(), a.email(), e.view().requestedAt(), e.reasons())));
        }
        return rows;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countPendingErasures() {
        return erasures.countByState(ErasureState.PENDING);
    }

    /** The administrator decides the data may go: everything about the person is erased now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void approveErasure(long erasureId) {
        DataErasure erasure = erasures.findById(erasureId).orElseThrow(ErasureChangedMeanwhile::new);
        if (erasure.state() != ErasureState.PENDING) {
            throw new ErasureChangedMeanwhile();
        }
        Account account = accounts.findById(erasure.accountId()).orElseThrow(ErasureChangedMeanwhile::new);
        long admin = currentAccountId();
        if (admin == account.id()) {
            throw new AccessDeniedException("An administrator cannot approve their own erasure");
        }
        erasure.erased(erase(account), admin, clock.instant());
    }

    /** The administrator keeps the data for now; the person reads the reason on their page. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void refuseErasure(long erasureId, String reason) {
        erasures.findById(erasureId).orElseThrow(ErasureChangedMeanwhile::new)
                .refuse(currentAccountId(), reason, clock.instant());
    }

    private List<String> reasonsToKeep(Account account) {
        List<String> reasons = new ArrayList<>();
        if (account.roles().stream().anyMatch(Role::isStaff)) {
            reasons.add("erasure.keep.staff");
        }
        holders.forEach(holder -> reasons.addAll(holder.reasonsToKeep(account.id())));
        return reasons.stream().distinct().toList();
    }

    private int erase(Account account) {
        long id = account.id();
        int records = 0;
        for (PersonalDataHolder holder : holders) {
            records += holder.erase(id);
        }
        records += oidcLinks.deleteByAccountId(id);
        records += verifications.deleteByAccountId(id);
        records += jdbc.sql("delete from account_optional_use where account_id = :id").param("id", id).update();
        records += jdbc.sql("delete from account_messaging_channel where account_id = :id").param("id", id).update();
        account.erase();
        events.publishEvent(new AccountErased(id));
        log.info("Account {} erased ({} records)", id, records + 1);
        return records + 1;
    }

    // ------------------------------------------------------------------ retention

    /**
     * Anonymises every file that closed longer ago than the retention period. Runs from
     * {@link RetentionJob} on one node at a time.
     *
     * @return how many files were anonymised
     */
    @Transactional
    public int applyRetention() {
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(retention).toInstant();
        int files = 0;
        for (PersonalDataHolder holder : holders) {
            files += holder.anonymiseClosedBefore(cutoff);
        }
        if (files > 0) {
            log.info("Retention: {} file(s) closed before {} anonymised", files, cutoff);
        }
        return files;
    }

    private Account me() {
        return accounts.findById(currentAccountId()).orElseThrow(() -> new AccessDeniedException("No account"));
    }

    private static long currentAccountId() {
        return Caller.current().accountId();
    }
}
