package org.eshraqa.portal.identity;

import java.time.Instant;
import java.util.Set;

/** An account as other modules and the views see it. Never carries the password hash. */
public record AccountSummary(long id, String email, String fullName, String mobile, AccountStatus status,
                             Set<Role> roles, String language, Instant createdAt) {

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
