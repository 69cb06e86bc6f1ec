package org.eshraqa.portal.requests;

/**
 * A transition the request's state or the actor's role does not allow. The message key explains
 * it to the person in their language; the service refuses, not only the UI.
 */
public class TransitionRefused extends RuntimeException {

    private final String messageKey;

    TransitionRefused(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
