package org.eshraqa.testsupport;

import java.util.Set;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.NewStaffAccount;
import org.eshraqa.portal.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signing in and creating accounts from a test, the same for module and view tests. */
final class TestAccounts {

    private TestAccounts() {
    }

    /** Calls the modules' APIs as this account, with its roles, until the context is cleared. */
    static long id(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
    }

    static void signIn(UserDetailsService users, String email) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /**
     * A new active account with these roles and the demo password, created as the administrator
     * would; the caller's sign-in is left as it was. Returns its e-mail address.
     */
    static String create(UserDetailsService users, Accounts accounts, String fullName, Role... roles) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        String email = PortalTestBase.uniqueEmail("person");
        signIn(users, PortalTestBase.ADMIN);
        try {
            accounts.createStaff(new NewStaffAccount(fullName, email, null, PortalTestBase.DEMO_PASSWORD, Set.of(roles)));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
        return email;
    }
}
