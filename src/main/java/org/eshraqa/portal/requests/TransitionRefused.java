package org.eshraqa.portal.requests;

import org.eshraqa.portal.shared.casefile.CaseRefused;

/**
 * A transition the request's state or the actor's role does not allow. The message key explains
 * it to the person in their language; the service refuses, not only the UI.
 */
public class TransitionRefused extends CaseRefused {

    TransitionRefused(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
