package org.eshraqa.portal.identity;

import java.util.Collection;
import java.util.List;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account signed in with e-mail and password. */
final class PortalUserDetails implements UserDetails, PortalPrincipal {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final List<GrantedAuthority> authorities;

    PortalUserDetails(Account account) {
        this.accountId = account.id();
        this.email = account.email();
        this.displayName = account.fullName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.canSignIn();
        this.mustChangePassword = account.mustChangePassword();
        this.authorities = authorities(account);
    }

    static List<GrantedAuthority> authorities(Account account) {
        return account.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    /** At sign-in the password was a generated one to replace ({@link PasswordChanges}). */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    // The session registry finds a person's sessions by principal: one account, one principal.
    @Override
    public boolean equals(Object other) {
        return other instanceof PortalPrincipal p && p.accountId() == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "account " + accountId;
    }
}
