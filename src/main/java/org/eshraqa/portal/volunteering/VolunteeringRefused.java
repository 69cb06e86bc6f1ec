package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.casefile.CaseRefused;

/**
 * Something the state of an application, opportunity or enrolment, or the caller's role, does not
 * allow. The message key explains it in the reader's language; the service refuses, not only the UI.
 */
public class VolunteeringRefused extends CaseRefused {

    VolunteeringRefused(String messageKey) {
        super(messageKey, messageKey);
    }

    static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new VolunteeringRefused(messageKey);
        }
    }
}
