package org.eshraqa.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.LanguagePreferences;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.eshraqa.portal.shared.SaudiMobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's API: registration, verification, staff administration. */
@Service
public class Accounts implements LanguagePreferences {

    /** Version of the privacy notice text a person agrees to at registration. */
    public static final String CONSENT_VERSION = "2026-12";
    public static final Set<String> LANGUAGES = Set.of("ar", "en");

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final EmailVerificationRepository verifications;
    private final OidcLinkRepository oidcLinks;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final Duration verificationValidity;
    private final RegistrationLimits limits;

    Accounts(AccountRepository accounts, EmailVerificationRepository verifications, OidcLinkRepository oidcLinks,
             PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
             @Value("${portal.base-url}") String baseUrl,
             @Value("${portal.verification.validity}") Duration verificationValidity,
             RegistrationLimits limits) {
        this.accounts = accounts;
        this.limits = limits;
        this.verifications = verifications;
        this.oidcLinks = oidcLinks;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.verificationValidity = verificationValidity;
    }

    /** {@link #register(Registration, String)} from server-side code: no client address to count. */
    @Transactional
    public long register(Registration registration) {
        return register(registration, null);
    }

    /**
     * Registers a beneficiary and mails a verification link. Nothing is stored unless every field
     * is valid. If the address already has an account, nothing changes in it and its owner is
     * mailed instead; the caller sees the same as for a new address (the same work is done: the
     * password is hashed either way), so registration does not tell who has an account.
     *
     * @param clientAddress the address the attempt came from, counted by {@link RegistrationLimits}
     * @return the id of the account the address belongs to (never show it to the visitor)
     * @throws InvalidInputException with a message key per invalid field
     * @throws TooManyAttempts if this e-mail or client address registered too often lately
     */
    @Transactional
    public long register(Registration registration, String clientAddress) {
        Map<String, String> errors = new LinkedHashMap<>();
        String fullName = registration.fullName() == null ? "" : registration.fullName().strip();
        if (fullName.length() < 3 || fullName.length() > 200) {
            errors.put("fullName", "validation.fullName");
        }
        if (!EmailAddress.isValid(registration.email())) {
            errors.put("email", "validation.email");
        }
        Optional<SaudiMobile> mobile = SaudiMobile.parse(registration.mobile());
        if (mobile.isEmpty()) {
            errors.put("mobile", "validation.mobile");
        }
        PasswordPolicy.check(registration.password()).ifPresent(key -> errors.put("password", key));
        if (!registration.consentGiven()) {
            errors.put("consent", "validation.consent");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EmailAddress email = new EmailAddress(registration.email());
        limits.take("register", email.value(), clientAddress);
        String passwordHash = passwordEncoder.encode(registration.password());
        Optional<Account> existing = byEmail(email.value());
        if (existing.isPresent()) {
            Account owner = existing.get();
            if (owner.status() != AccountStatus.ERASED) {
                events.publishEvent(new RegistrationForExistingAccount(owner.id(), owner.email(), owner.fullName(),
                        owner.language(), baseUrl + "/login", baseUrl + "/verify", UUID.randomUUID().toString()));
            }
            log.info("A registration with the address of account {}: its owner is told", owner.id());
            return owner.id();
        }
        Account account = Account.selfRegistered(email, fullName, mobile.get(), passwordHash,
                language(registration.language()), CONSENT_VERSION, clock.instant());
        // Two registrations with one new address at the same moment: the unique key decides, the
        // other one fails as an error (both were made by whoever holds the new address).
        accounts.saveAndFlush(account);
        sendVerification(account);
        log.info("Account {} registered, verification mail requested", account.id());
        return account.id();
    }

    /** Confirms an e-mail address from the link in the verification mail. Each link works once. */
    @Transactional
    public VerificationResult verifyEmail(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return VerificationResult.UNKNOWN;
        }
        Optional<EmailVerification> found = verifications.findByTokenHash(sha256(token));
        if (found.isEmpty()) {
            return VerificationResult.UNKNOWN;
        }
        EmailVerification verification = found.get();
        Instant now = clock.instant();
        if (verification.isUsed()) {
            return VerificationResult.ALREADY_USED;
        }
        if (verification.isExpired(now)) {
            return VerificationResult.EXPIRED;
        }
        verification.use(now);
        accounts.findById(verification.accountId()).ifPresent(Account::verifyEmail);
        return VerificationResult.VERIFIED;
    }

    /**
     * Sends a new verification link if this address belongs to an account still waiting for one.
     * Says nothing either way, so nobody can probe which addresses are registered.
     */
    @Transactional
    public void resendVerification(String email) {
        resendVerification(email, null);
    }

    /**
     * {@link #resendVerification(String)}, counted per e-mail and per client address.
     *
     * @throws TooManyAttempts if this e-mail or client address asked too often lately
     */
    @Transactional
    public void resendVerification(String email, String clientAddress) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        limits.take("resend", EmailAddress.canonical(email), clientAddress);
        byEmail(EmailAddress.canonical(email))
                .filter(account -> account.status() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(this::sendVerification);
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return accounts.findById(principal.accountId()).map(Account::summary);
        }
        return Optional.empty();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> search(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        var page = PageRequest.of(offset / size, size, Sort.by("fullName", "id"));
        return accounts.search(searchText(text), page).map(Account::summary).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return accounts.countSearch(searchText(text));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createStaff(NewStaffAccount staff) {
        Map<String, String> errors = new LinkedHashMap<>();
        String fullName = staff.fullName() == null ? "" : staff.fullName().strip();
        if (fullName.length() < 3 || fullName.length() > 200) {
            errors.put("fullName", "validation.fullName");
        }
        if (!EmailAddress.isValid(staff.email())) {
            errors.put("email", "validation.email");
        } else if (accounts.existsByEmail(EmailAddress.canonical(staff.email()))) {
            errors.put("email", "validation.email.taken");
        }
        Optional<SaudiMobile> mobile = SaudiMobile.parse(staff.mobile());
        if (staff.mobile() != null && !staff.mobile().isBlank() && mobile.isEmpty()) {
            errors.put("mobile", "validation.mobile");
        }
        PasswordPolicy.check(staff.initialPassword()).ifPresent(key -> errors.put("password", key));
        if (staff.roles() == null || staff.roles().isEmpty()) {
            errors.put("roles", "validation.roles");
        } else {
            Role.conflict(staff.roles()).ifPresent(key -> errors.put("roles", key));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = Account.createdByAdmin(new EmailAddress(staff.email()), fullName, mobile.orElse(null),
                passwordEncoder.encode(staff.initialPassword()), EnumSet.copyOf(staff.roles()), clock.instant());
        accounts.save(account);
        log.info("Account {} created by an administrator with roles {}", account.id(), staff.roles());
        return account.id();
    }

    /**
     * Replaces the roles of an account. An administrator cannot take ADMIN from themselves; roles
     * that may not be held together ({@link Role#conflict}) are refused. Taking a role away ends
     * the account's open sessions, which still carry it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary setRoles(long accountId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "validation.roles");
        }
        if (isCurrentUser(accountId) && !roles.contains(Role.ADMIN)) {
            throw InvalidInputException.of("roles", "validation.roles.ownAdmin");
        }
        Role.conflict(roles).ifPresent(key -> {
            throw InvalidInputException.of("roles", key);
        });
        Account account = account(accountId);
        boolean revoked = account.roles().stream().anyMatch(r -> !roles.contains(r));
        EnumSet.allOf(Role.class).stream().filter(r -> !roles.contains(r)).forEach(account::revoke);
        roles.forEach(account::grant);
        if (revoked) {
            events.publishEvent(new AccountRolesRevoked(accountId));
        }
        log.info("Roles of account {} set to {}", accountId, roles);
        return account.summary();
    }

    /**
     * Gives an account the VOLUNTEER role when the coordinator activates its volunteer
     * application. It shows on the person's home page from their next sign-in; what a volunteer
     * may do is decided by the application, not by this role.
     */
    @PreAuthorize("hasRole('VOLUNTEER_COORDINATOR')")
    @Transactional
    public void grantVolunteerRole(long accountId) {
        account(accountId).grant(Role.VOLUNTEER);
        log.info("Account {} is an active volunteer", accountId);
    }

    /**
     * An account by its exact e-mail address, for server-side work such as seeding demo data.
     * Never call it with text from the browser: it would tell which addresses have accounts.
     */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> summaryByEmail(String email) {
        return byEmail(EmailAddress.canonical(email)).map(Account::summary);
    }

    /** Disables an account; its open sessions end at once. Administrators cannot disable themselves. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary disable(long accountId) {
        if (isCurrentUser(accountId)) {
            throw InvalidInputException.of("status", "validation.disable.self");
        }
        Account account = account(accountId);
        account.disable();
        events.publishEvent(new AccountDisabled(accountId));
        log.info("Account {} disabled", accountId);
        return account.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary enable(long accountId) {
        Account account = account(accountId);
        account.enable();
        log.info("Account {} enabled", accountId);
        return account.summary();
    }

    /**
     * Active staff who hold any of these roles, by name: whom a case or an inquiry can be
     * assigned to. Only staff may list staff.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER', 'VOLUNTEER_COORDINATOR', 'QUALITY_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> activeStaffWith(Set<Role> roles) {
        List<Role> staffRoles = roles.stream().filter(Role::isStaff).toList();
        if (staffRoles.isEmpty()) {
            return List.of();
        }
        return accounts.activeHoldersOf(staffRoles).stream().map(Account::summary).toList();
    }

    /**
     * The account with exactly this e-mail address or Saudi mobile number, for staff who log a
     * contact with a person who already has an account. Partial matches find nothing, so the
     * lookup cannot be used to browse accounts.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmailOrMobile(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<SaudiMobile> mobile = SaudiMobile.parse(text);
        if (mobile.isPresent()) {
            return accounts.findFirstByMobile(mobile.get().e164()).map(Account::summary);
        }
        return byEmail(EmailAddress.canonical(text)).map(Account::summary);
    }

    /**
     * The account whose mobile is exactly this number (E.164), for a message that came from it.
     * Server-side only: the number comes from a provider's signed webhook, never from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> summaryByMobile(String e164) {
        return SaudiMobile.parse(e164).flatMap(m -> accounts.findFirstByMobile(m.e164()))
                .filter(a -> a.status() != AccountStatus.ERASED).map(Account::summary);
    }

    /**
     * An account by id, for other modules' server-side work (addressing a notification, matching a
     * claim). Never call it with an id that came from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> summaryOf(long accountId) {
        return accounts.findById(accountId).filter(a -> a.status() != AccountStatus.ERASED).map(Account::summary);
    }

    /** {@link #summaryOf} for many accounts in one query; erased and unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> summariesOf(Collection<Long> accountIds) {
        Map<Long, AccountSummary> found = new HashMap<>();
        for (Account account : accounts.findAllById(accountIds)) {
            if (account.status() != AccountStatus.ERASED) {
                found.put(account.id(), account.summary());
            }
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> load(long accountId) {
        return accounts.findById(accountId).map(Account::language);
    }

    /** Remembers the UI language; only for the signed-in person's own account. */
    @Override
    @Transactional
    public void save(long accountId, String language) {
        if (!isCurrentUser(accountId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your account");
        }
        accounts.findById(accountId).ifPresent(account -> account.chooseLanguage(language(language)));
    }

    /**
     * The account for a person an OpenID Connect provider vouches for: the one already linked to
     * (provider, subject); else the account with that verified e-mail, now linked; else a new
     * beneficiary account.
     */
    @Transactional
    Account signInWithOidc(String provider, String subject, String email, String fullName, String language) {
        return signInWithOidc(provider, subject, email, fullName, language, accountId -> true);
    }

    /**
     * {@link #signInWithOidc(String, String, String, String, String)}; an existing account is
     * linked by its e-mail only if {@code mayLink} allows it (the sign-in throttle). The provider's
     * e-mail is matched in its canonical form, exactly as a typed one. A metrics account is never
     * linked.
     *
     * @throws OAuth2AuthenticationException if the account found by e-mail may not be linked now
     */
    @Transactional
    Account signInWithOidc(String provider, String subject, String email, String fullName, String language,
                           java.util.function.LongPredicate mayLink) {
        Instant now = clock.instant();
        Optional<OidcLink> link = oidcLinks.findByProviderAndSubject(provider, subject);
        if (link.isPresent()) {
            return account(link.get().accountId());
        }
        EmailAddress address = new EmailAddress(email);
        Optional<Account> byAddress = byEmail(address.value());
        if (byAddress.isPresent() && (byAddress.get().roles().contains(Role.METRICS)
                || !mayLink.test(byAddress.get().id()))) {
            throw new OAuth2AuthenticationException(new OAuth2Error("link_refused",
                    "The account with this e-mail may not be linked now", null));
        }
        Account account = byAddress.orElseGet(() -> {
            String name = fullName == null || fullName.isBlank() ? address.value() : fullName;
            log.info("New account from OpenID Connect provider {}", provider);
            return accounts.save(Account.fromOidc(address, name, language(language), now));
        });
        // The provider verified the address, which is what our own verification mail would prove.
        account.verifyEmail();
        oidcLinks.save(new OidcLink(account.id(), provider, subject, now));
        log.info("Account {} linked to OpenID Connect provider {}", account.id(), provider);
        return account;
    }

    /** The account whose address is the canonical form of what was typed, compared exactly. */
    Optional<Account> findForSignIn(String email) {
        return byEmail(EmailAddress.canonical(email));
    }

    /**
     * The account with exactly this canonical address. The column's collation is accent-, width-
     * and case-insensitive and ignores trailing spaces and some invisible characters, so the match
     * is checked again here: only the canonical string itself, a valid address, reaches an account.
     */
    private Optional<Account> byEmail(String canonical) {
        if (!EmailAddress.isValid(canonical) || !canonical.equals(EmailAddress.canonical(canonical))) {
            return Optional.empty();
        }
        return accounts.findByEmail(canonical).filter(account -> canonical.equals(account.email()));
    }

    private void sendVerification(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        verifications.save(new EmailVerification(account.id(), sha256(token), now, now.plus(verificationValidity)));
        events.publishEvent(new EmailVerificationRequested(account.id(), account.email(), account.fullName(),
                account.language(), baseUrl + "/verify?token=" + token));
    }

    private Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No such account"));
    }

    private static boolean isCurrentUser(long accountId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal
                && principal.accountId() == accountId;
    }

    private static String language(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "ar";
    }

    /** The typed text as a LIKE operand (escape character '!'): its wildcards match only themselves. */
    private static String searchText(String text) {
        String canonical = EmailAddress.canonical(text);
        return canonical.isEmpty() ? null : canonical.replace("!", "!!")
                .replace("%", "!%").replace("_", "!_");
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
