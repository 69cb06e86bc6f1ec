package org.eshraqa.portal.identity;

/**
 * Uses of a person's data that the service does not need: the privacy notice names them, and the
 * person may stop each at any time. Until they do, the use is allowed.
 */
public enum OptionalUse {
    /** Invitations to rate a service after it (P-6). */
    SURVEY_INVITATIONS,
    /** Text messages about changes to a request or an application; mail and the bell still come. */
    SMS_UPDATES
}
