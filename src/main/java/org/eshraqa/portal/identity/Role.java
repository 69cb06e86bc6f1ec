package org.eshraqa.portal.identity;

import java.util.Optional;
import java.util.Set;

/** The roles of PRODUCT.md, plus METRICS for the metrics scraper. One person may hold several. */
public enum Role {
    BENEFICIARY,
    VOLUNTEER,
    RELATIONS_OFFICER,
    SOCIAL_RESEARCHER,
    COMMITTEE_MEMBER,
    VOLUNTEER_COORDINATOR,
    QUALITY_MANAGER,
    ADMIN,
    /** A machine account that only reads /actuator/prometheus and /actuator/metrics; no UI at all. */
    METRICS;

    /** Roles that make an account a staff account. */
    public boolean isStaff() {
        return this != BENEFICIARY && this != VOLUNTEER && this != METRICS;
    }

    /** Roles that work on beneficiaries' cases; an administrator may hold none of them. */
    public boolean isCaseRole() {
        return switch (this) {
            case RELATIONS_OFFICER, SOCIAL_RESEARCHER, COMMITTEE_MEMBER, VOLUNTEER_COORDINATOR, QUALITY_MANAGER -> true;
            default -> false;
        };
    }

    /**
     * Why these roles may not be held together, as a message key: ADMIN never with a case role
     * (nobody administers accounts and also works on cases, so an administrator cannot hand
     * themselves case data), and METRICS only alone.
     */
    public static Optional<String> conflict(Set<Role> roles) {
        if (roles.contains(ADMIN) && roles.stream().anyMatch(Role::isCaseRole)) {
            return Optional.of("validation.roles.adminAndCase");
        }
        if (roles.contains(METRICS) && roles.size() > 1) {
            return Optional.of("validation.roles.metricsAlone");
        }
        return Optional.empty();
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
