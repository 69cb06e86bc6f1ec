package org.eshraqa.portal.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.shared.Digits;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.NationalId;
import org.eshraqa.portal.shared.SaudiMobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claiming a request an officer recorded for someone who came by phone, interview or letter (P-8).
 * Knowing a person's national ID and mobile number is not enough: the claimant proves control of
 * the mobile recorded on the request with a one-time code sent there, or a relations officer
 * confirms the claim after comparing the two accounts. An officer can undo a wrong claim.
 *
 * <p>Answers never tell whether a national ID and mobile match a request: starting a claim and
 * asking an officer answer the same either way, and a wrong code reads as an expired one. Every
 * step goes to the request's audit trail and to the log with account ids only.
 */
@Service
public class RequestClaims {

    private static final Logger log = LoggerFactory.getLogger(RequestClaims.class);
    private static final EnumSet<RequestClaim.Status> OPEN = EnumSet.of(RequestClaim.Status.CODE_SENT,
            RequestClaim.Status.AWAITING_OFFICER);

    private final SupportRequestRepository requests;
    private final RequestClaimRepository claims;
    private final ClaimThrottle throttle;
    private final ClaimCodeSender sender;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration codeValidFor;
    private final int maxWrongTries;

    RequestClaims(SupportRequestRepository requests, RequestClaimRepository claims, ClaimThrottle throttle,
                  ClaimCodeSender sender, Accounts accounts, ApplicationEventPublisher events, Clock clock,
                  @Value("${portal.requests.claim.code-valid-for:10m}") Duration codeValidFor,
                  @Value("${portal.requests.claim.max-wrong-tries:3}") int maxWrongTries) {
        this.requests = requests;
        this.claims = claims;
        this.throttle = throttle;
        this.sender = sender;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.codeValidFor = codeValidFor;
        this.maxWrongTries = maxWrongTries;
    }

    public Duration codeValidFor() {
        return codeValidFor;
    }

    /** A claim an officer is asked to confirm: the claiming account beside the person recorded. */
    public record WaitingClaim(long claimId, Instant startedAt, String claimantName, String claimantEmail,
                               String claimantMobile, String recordedName, String recordedEmail,
                               String recordedMobile) {
    }

    // ---------------------------------------------------------------- the claimant

    /**
     * Starts a claim with the national ID and the mobile number the person gave the officer. When
     * they match a request recorded for someone that nobody has claimed, a code goes to the mobile
     * recorded on it; otherwise nothing happens. The answer is the same in both cases.
     */
    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public void start(String nationalIdText, String mobileText) {
        Actor me = currentActor();
        Optional<NationalId> nationalId = NationalId.parse(nationalIdText);
        Optional<SaudiMobile> mobile = SaudiMobile.parse(mobileText);
        Map<String, String> errors = new LinkedHashMap<>();
        if (nationalId.isEmpty()) {
            errors.put("nationalId", "applicant.nationalId.invalid");
        }
        if (mobile.isEmpty()) {
            errors.put("mobile", "validation.mobile");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!throttle.start(me.accountId())) {
            log.warn("A claim by account {} was refused: too many claims started", me.accountId());
            throw InvalidInputException.of("nationalId", "claim.tooMany");
        }
        Instant now = clock.instant();
        List<SupportRequest> matches = requests.unclaimed(nationalId.get().value()).stream()
                .filter(SupportRequest::isClaimable)
                .filter(r -> mobile.get().e164().equals(r.applicantData().mobile()))
                .toList();
        if (matches.isEmpty()) {
            log.info("Claim started by account {}: nothing matched", me.accountId());
            return;
        }
        // Only the newest code works: an earlier one of this account is void.
        for (RequestClaim earlier : claims.findByClaimantAccountIdAndStatusOrderById(me.accountId(),
                RequestClaim.Status.CODE_SENT)) {
            earlier.close(RequestClaim.Status.VOID, now);
        }
        String code = RequestClaim.newCode();
        List<RequestClaim> started = new ArrayList<>();
        for (SupportRequest request : matches) {
            request.recordClaimStep(me.accountId(), ClaimStep.STARTED, null, now);
            if (throttle.sendCode(request.id())) {
                started.add(claims.save(new RequestClaim(request.id(), me.accountId(), code, now, codeValidFor)));
                request.recordClaimStep(me.accountId(), ClaimStep.CODE_SENT, null, now);
                log.info("Claim of request {} started by account {}: code sent to the recorded mobile",
                        request.id(), me.accountId());
            } else {
                request.recordClaimStep(me.accountId(), ClaimStep.CODE_LIMIT, null, now);
                log.warn("Claim of request {} started by account {}: no code sent, the request's limit is reached",
                        request.id(), me.accountId());
            }
        }
        if (!started.isEmpty()) {
            // All matches carry the same recorded mobile: one message.
            sender.send(mobile.get().e164(), code, codeValidFor, "claim-code:" + started.getFirst().id());
        }
    }

    /**
     * Enters the code sent to the recorded mobile. The right code links every request it was sent
     * for and is used up; a wrong one counts against the code, which is void after the last try.
     *
     * @return how many requests were linked; 0 when the code is wrong, expired, used or void
     */
    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public int enterCode(String codeText) {
        Actor me = currentActor();
        String code = codeText == null ? "" : Digits.toLatin(codeText).replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            throw InvalidInputException.of("code", "claim.code.format");
        }
        if (!throttle.enterCode(me.accountId())) {
            log.warn("A claim code from account {} was refused: too many codes entered", me.accountId());
            throw InvalidInputException.of("code", "claim.tooMany");
        }
        Instant now = clock.instant();
        int linked = 0;
        for (RequestClaim claim : claims.findByClaimantAccountIdAndStatusOrderById(me.accountId(),
                RequestClaim.Status.CODE_SENT)) {
            if (!claim.isWaitingForCode(now)) {
                claim.close(RequestClaim.Status.VOID, now);
                continue;
            }
            SupportRequest request = requests.findById(claim.requestId()).orElseThrow();
            if (!throttle.codeForRequest(request.id())) {
                log.warn("A claim code for request {} from account {} was not checked: the request's limit is reached",
                        request.id(), me.accountId());
                continue;
            }
            if (claim.tryCode(code, now, maxWrongTries)) {
                if (link(request, claim, null, now)) {
                    linked++;
                }
            } else {
                request.recordClaimStep(me.accountId(), ClaimStep.WRONG_CODE, null, now);
                log.info("Wrong claim code for request {} from account {}", request.id(), me.accountId());
                if (claim.status() == RequestClaim.Status.VOID) {
                    request.recordClaimStep(me.accountId(), ClaimStep.CODE_VOID, null, now);
                    log.warn("Claim code for request {} from account {} is void after {} wrong tries", request.id(),
                            me.accountId(), maxWrongTries);
                }
            }
        }
        return linked;
    }

    /**
     * The claimant cannot receive the code (the recorded mobile changed, or is not theirs to
     * read): a relations officer is asked to confirm the claims the code was sent for. Does
     * nothing when there are none; the answer is the same.
     */
    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public void askOfficer() {
        Actor me = currentActor();
        Instant now = clock.instant();
        for (RequestClaim claim : claims.findByClaimantAccountIdAndStatusOrderById(me.accountId(),
                RequestClaim.Status.CODE_SENT)) {
            claim.askOfficer();
            requests.findById(claim.requestId()).orElseThrow()
                    .recordClaimStep(me.accountId(), ClaimStep.OFFICER_ASKED, null, now);
            log.info("Claim of request {} by account {} waits for an officer", claim.requestId(), me.accountId());
        }
    }

    // ---------------------------------------------------------------- relations officers

    /** The claims of this request waiting for an officer, each with both accounts side by side. */
    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional(readOnly = true)
    public List<WaitingClaim> waiting(long requestId) {
        SupportRequest request = requests.findById(requestId).orElseThrow(RequestNotFound::new);
        if (!request.isClaimable()) {
            return List.of();
        }
        Applicant recorded = request.applicant();
        return claims.findByRequestIdAndStatusInOrderById(requestId, EnumSet.of(RequestClaim.Status.AWAITING_OFFICER))
                .stream()
                .map(c -> {
                    AccountSummary claimant = accounts.summaryOf(c.claimantAccountId()).orElse(null);
                    return new WaitingClaim(c.id(), c.createdAt(),
                            claimant == null ? "#" + c.claimantAccountId() : claimant.fullName(),
                            claimant == null ? null : claimant.email(), claimant == null ? null : claimant.mobile(),
                            recorded.fullName(), recorded.email(), recorded.mobile());
                })
                .toList();
    }

    /** The officer confirmed with the person that the claiming account is theirs: the request is linked. */
    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void confirm(long requestId, long claimId) {
        Actor me = currentActor();
        RequestClaim claim = waitingClaim(requestId, claimId);
        SupportRequest request = requests.findById(requestId).orElseThrow(RequestNotFound::new);
        if (!link(request, claim, me, clock.instant())) {
            throw new TransitionRefused("claim.gone", "The request was claimed meanwhile");
        }
    }

    /** The officer refused a claim: the account stays without the request. */
    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void refuse(long requestId, long claimId) {
        Actor me = currentActor();
        RequestClaim claim = waitingClaim(requestId, claimId);
        Instant now = clock.instant();
        claim.close(RequestClaim.Status.REFUSED, now);
        requests.findById(requestId).orElseThrow(RequestNotFound::new)
                .recordClaimStep(me.accountId(), ClaimStep.REFUSED, "#" + claim.claimantAccountId(), now);
        log.info("Claim of request {} by account {} refused by officer {}", requestId, claim.claimantAccountId(),
                me.accountId());
    }

    /**
     * Unlinks a request from the account that claimed it wrongly: that account loses the request,
     * its documents and messages at once, and the request can be claimed again.
     */
    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void undo(long requestId, long expectedVersion, String reason) {
        Actor me = currentActor();
        SupportRequest request = requests.findById(requestId).orElseThrow(RequestNotFound::new);
        if (request.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        Long wrongAccount = request.beneficiaryAccountId();
        Instant now = clock.instant();
        request.undoClaim(me, reason, now);
        claims.findByRequestIdAndStatusInOrderById(requestId, EnumSet.of(RequestClaim.Status.LINKED)).stream()
                .filter(c -> c.claimantAccountId() == wrongAccount)
                .forEach(c -> c.undo(now));
        requests.saveAndFlush(request);
        events.publishEvent(new RequestClaimUndone(requestId, wrongAccount));
        log.warn("Claim of request {} by account {} undone by officer {}", requestId, wrongAccount, me.accountId());
    }

    // ---------------------------------------------------------------- internals

    private RequestClaim waitingClaim(long requestId, long claimId) {
        return claims.findById(claimId)
                .filter(c -> c.requestId() == requestId && c.status() == RequestClaim.Status.AWAITING_OFFICER)
                .orElseThrow(() -> new TransitionRefused("claim.gone", "No such claim waiting"));
    }

    /** Links the request to the claim's account and closes every other open claim of it. */
    private boolean link(SupportRequest request, RequestClaim claim, Actor officer, Instant now) {
        if (!request.isClaimable()) {
            claim.close(RequestClaim.Status.VOID, now);
            return false;
        }
        request.linkClaim(claim.claimantAccountId(), officer, now);
        claim.close(RequestClaim.Status.LINKED, now);
        for (RequestClaim other : claims.findByRequestIdAndStatusInOrderById(request.id(), OPEN)) {
            if (!other.id().equals(claim.id())) {
                other.close(RequestClaim.Status.VOID, now);
            }
        }
        requests.saveAndFlush(request);
        log.info("Request {} linked to account {}{}", request.id(), claim.claimantAccountId(),
                officer == null ? " with the code sent to the recorded mobile" : " by officer " + officer.accountId());
        return true;
    }

    private static Actor currentActor() {
        Caller caller = Caller.current();
        return new Actor(caller.accountId(), caller.roles());
    }
}
