package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The navigation entries a signed-in person may open, computed once per set of roles.
 *
 * <p>{@link MenuConfiguration#getMenuEntries()} reads the route list and runs the access check of
 * every {@code @Menu} view each time it is called: about 8 ms of CPU per page load, 7 % of the
 * server's CPU in the load test ({@code docs/performance.md}). What it returns depends only on
 * whether someone is signed in and on their roles (the views' {@code @RolesAllowed},
 * {@code @PermitAll} and {@code @AnonymousAllowed}), and the routes are fixed at start-up, so the
 * answer is kept per distinct set of authorities (a handful: one per combination of roles in use).
 */
@Component
public class MenuEntries {

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();
    private final AuthenticationContext authentication;

    MenuEntries(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The entries for the person of the current request; call it from UI code (a UI is current). */
    public List<MenuEntry> current() {
        Set<String> key = new TreeSet<>();
        if (authentication.isAuthenticated()) {
            key.add("(signed in)");
            authentication.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(key::add);
        }
        return byAuthorities.computeIfAbsent(Set.copyOf(key), k -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
