package org.eshraqa.portal.requests;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests module's API. Every method works out who is calling from the security context,
 * never from an id the browser sent; a beneficiary reaches only their own requests, and anything
 * else is "not found".
 */
@Service
public class SupportRequests {

    private final SupportRequestRepository requests;
    private final SupportServiceRepository services;
    private final Clock clock;
    private final MeterRegistry meters;
    private final int decisionTargetDays;

    SupportRequests(SupportRequestRepository requests, SupportServiceRepository services, Clock clock,
                    MeterRegistry meters, @Value("${portal.requests.decision-target-days:14}") int decisionTargetDays) {
        this.requests = requests;
        this.services = services;
        this.clock = clock;
        this.meters = meters;
        this.decisionTargetDays = decisionTargetDays;
    }

    /** The active services, in the administrator's order. Public information. */
    @Transactional(readOnly = true)
    public List<ServiceOffer> catalogue() {
        return services.findByActiveTrueOrderBySortOrder().stream().map(SupportService::offer).toList();
    }

    /** Opens a draft for this service, or returns the draft already open for it. */
    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public long startDraft(String serviceCode) {
        Actor me = currentActor();
        SupportService service = services.findById(serviceCode).filter(SupportService::isActive)
                .orElseThrow(() -> new IllegalArgumentException("No such service"));
        return requests.findByBeneficiaryAccountIdAndServiceCodeAndState(me.accountId(), service.code(),
                        RequestState.DRAFT).stream().findFirst()
                .orElseGet(() -> requests.save(new SupportRequest(me.accountId(), service.code(), Channel.WEBSITE,
                        currentName(), clock.instant())))
                .id();
    }

    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public void describeNeed(long requestId, String description) {
        Actor me = currentActor();
        mine(requestId, me).describeNeed(me, description == null ? null : description.strip());
    }

    /** Submits a draft with the signed declaration (P-10.4) and returns the receipt (P-10.5). */
    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public Receipt submit(long requestId, Declaration declaration) {
        Actor me = currentActor();
        SupportRequest request = mine(requestId, me);
        Instant now = clock.instant();
        request.submit(me, declaration, snapshotHash(request, declaration), request.referenceFor(now), now,
                decisionTargetDays);
        requests.save(request);
        meters.counter("portal.requests.submitted", "service", request.serviceCode(),
                "channel", request.channel().name()).increment();
        return new Receipt(request.id(), request.reference(), request.submittedAt(), request.expectedDecisionDate());
    }

    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public void resubmit(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, true, (request, me) -> request.resubmit(me, clock.instant()));
    }

    @PreAuthorize("hasRole('BENEFICIARY')")
    @Transactional
    public void withdraw(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, true, (request, me) -> request.withdraw(me, clock.instant()));
    }

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
        return requests.findById(requestId).filter(r -> r.beneficiaryAccountId() == me.accountId())
                .map(r -> new BeneficiaryRequestView(r.id(), r.reference(), r.serviceCode(), r.state(),
                        r.needDescription(), r.submittedAt(), r.expectedDecisionDate(), r.informationRequested(),
                        r.decisionReason(), r.audit().stream().map(a -> new TimelineEntry(a.occurredAt(),
                                a.fromState(), a.toState(), a.note())).toList(), r.version()));
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void takeIntoVerification(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, false, (request, me) -> request.takeIntoVerification(me, clock.instant()));
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void requestInformation(long requestId, long expectedVersion, String whatIsMissing) {
        change(requestId, expectedVersion, false,
                (request, me) -> request.requestInformation(me, whatIsMissing, clock.instant()));
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
        change(requestId, expectedVersion, false,
                (request, me) -> request.decide(me, accepted, reason, clock.instant()));
        meters.counter("portal.requests.decided", "outcome", accepted ? "accepted" : "rejected").increment();
    }

    @PreAuthorize("hasRole('RELATIONS_OFFICER')")
    @Transactional
    public void completeRegistration(long requestId, long expectedVersion) {
        change(requestId, expectedVersion, false, (request, me) -> request.completeRegistration(me, clock.instant()));
    }

    private void change(long requestId, long expectedVersion, boolean ownerOnly,
                        BiConsumer<SupportRequest, Actor> transition) {
        Actor me = currentActor();
        SupportRequest request = ownerOnly ? mine(requestId, me)
                : requests.findById(requestId).orElseThrow(RequestNotFound::new);
        if (request.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        transition.accept(request, me);
        requests.save(request);
    }

    private SupportRequest mine(long requestId, Actor me) {
        return requests.findById(requestId).filter(r -> r.beneficiaryAccountId() == me.accountId())
                .orElseThrow(RequestNotFound::new);
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalPrincipal principal)) {
            throw new AccessDeniedException("Not signed in");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    roles.add(Role.valueOf(name.substring(5)));
                } catch (IllegalArgumentException ignored) {
                    // Not a portal role.
                }
            }
        }
        return new Actor(principal.accountId(), roles);
    }

    private static String currentName() {
        return ((PortalPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).displayName();
    }

    /** SHA-256 of the submitted data: the snapshot the applicant signed cannot change unnoticed. */
    private static String snapshotHash(SupportRequest request, Declaration declaration) {
        String canonical = String.join("\u001f", request.serviceCode(), request.applicantName(),
                String.valueOf(request.needDescription()), declaration.textVersion(), declaration.typedName().strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
