package org.eshraqa.portal.requests;

/**
 * A support request moved from one state to another. {@code publicNote} is what the beneficiary
 * may read (the information asked for, the decision's reason); internal notes never travel here.
 * {@code step} numbers the request's audit entries, so (requestId, step) names this change once
 * and for all: a listener that runs twice for it can tell.
 */
public record SupportRequestStateChanged(long requestId, String reference, long beneficiaryAccountId,
                                         RequestState from, RequestState to, String publicNote, int step) {

    public boolean closesTheRequest() {
        return to.isClosed();
    }
}
