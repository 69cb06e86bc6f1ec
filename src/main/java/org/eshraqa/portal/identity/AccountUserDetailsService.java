package org.eshraqa.portal.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads local accounts for form login. Accounts without a password (OIDC only) cannot use it. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findForSignIn(email)
                .filter(account -> account.passwordHash() != null)
                .map(PortalUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
