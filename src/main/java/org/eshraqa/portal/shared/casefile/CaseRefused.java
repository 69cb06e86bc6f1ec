package org.eshraqa.portal.shared.casefile;

/**
 * A step a case's state or the caller's role does not allow. The message key explains it in the
 * reader's language; the service refuses, not only the page. Each kind of case has its own.
 */
public abstract class CaseRefused extends RuntimeException {

    private final String messageKey;

    protected CaseRefused(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
