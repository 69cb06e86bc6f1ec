package org.eshraqa.portal.identity;

public enum VerificationResult {
    VERIFIED,
    /** The link was already followed once. */
    ALREADY_USED,
    EXPIRED,
    /** No such link: mistyped, or from another installation. */
    UNKNOWN
}
