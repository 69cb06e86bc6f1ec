package org.eshraqa.portal.shared.casefile;

/** Someone changed the case since the caller read it: the step is refused rather than overwrite it. */
public abstract class CaseChanged extends RuntimeException {

    protected CaseChanged(String message) {
        super(message);
    }
}
