package org.eshraqa.portal.shared.casefile;

/**
 * No such case (or part of one) for this caller: it does not exist, or it is someone else's. The
 * two are deliberately indistinguishable.
 */
public abstract class CaseGone extends RuntimeException {

    protected CaseGone(String message) {
        super(message);
    }
}
