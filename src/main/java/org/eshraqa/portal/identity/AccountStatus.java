package org.eshraqa.portal.identity;

public enum AccountStatus {
    /** Registered, e-mail not yet confirmed: cannot sign in. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Disabled by an administrator: cannot sign in, sessions ended. */
    DISABLED,
    /** Erased at the person's request: no personal data left, cannot sign in. */
    ERASED
}
