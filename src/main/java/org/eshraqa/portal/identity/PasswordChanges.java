package org.eshraqa.portal.identity;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person replaces their own password, knowing the current one. An account whose
 * password was generated (the first administrator without {@code PORTAL_ADMIN_PASSWORD}) must do
 * so before anything else: {@link PasswordChangeGate} and the views' navigation guard ask
 * {@link #required()} on every request of such a session until it is done.
 */
@Service
public class PasswordChanges {

    private static final Logger log = LoggerFactory.getLogger(PasswordChanges.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    PasswordChanges(AccountRepository accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                    ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
    }

    /**
     * Whether the signed-in person must still replace a generated password. Only sessions that
     * signed in with such a password read the database; it says when the change is done. Not
     * transactional: every request asks, and most must not open a transaction for it.
     */
    public boolean required() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUserDetails user
                && user.mustChangePassword()
                && accounts.findById(user.accountId()).map(Account::mustChangePassword).orElse(false);
    }

    /** Whether the signed-in person has a password of the portal's to change (not one signing in through a provider only). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean available() {
        return accounts.findById(Caller.current().accountId())
                .filter(a -> a.passwordHash() != null && a.canSignIn()).isPresent();
    }

    /**
     * Replaces the signed-in person's password. Returns the message key of what is wrong, or empty
     * when the new password is stored; the account's other sessions then end. A wrong current
     * password counts against the account's sign-in limit, so a borrowed session cannot be used to
     * guess it; while the limit is used up, no password is checked here either.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<String> change(String currentPassword, String newPassword, String repeated) {
        Account account = accounts.findById(Caller.current().accountId())
                .filter(a -> a.passwordHash() != null && a.canSignIn())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No local password"));
        if (throttle.waitBeforeAccount(account.id(), null).isPresent()) {
            return Optional.of("password.change.wait");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throttle.failedForAccount(account.id());
            return Optional.of("password.change.wrongCurrent");
        }
        Optional<String> rule = PasswordPolicy.check(newPassword);
        if (rule.isPresent()) {
            return rule;
        }
        if (!newPassword.equals(repeated)) {
            return Optional.of("password.change.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            return Optional.of("password.change.same");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(account.id(), currentSessionId()));
        log.info("Account {} changed its password", account.id());
        return Optional.empty();
    }

    private static String currentSessionId() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }
}
