package org.eshraqa.portal.requests;

import java.util.Set;
import org.eshraqa.portal.identity.Role;

/** Who performs a transition: the account and the roles it holds at that moment. */
public record Actor(long accountId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
