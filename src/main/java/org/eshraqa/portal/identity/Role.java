package org.eshraqa.portal.identity;

/** The roles of PRODUCT.md. One person may hold several. */
public enum Role {
    BENEFICIARY,
    VOLUNTEER,
    RELATIONS_OFFICER,
    SOCIAL_RESEARCHER,
    COMMITTEE_MEMBER,
    VOLUNTEER_COORDINATOR,
    QUALITY_MANAGER,
    ADMIN;

    /** Roles that make an account a staff account. */
    public boolean isStaff() {
        return this != BENEFICIARY && this != VOLUNTEER;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
