package org.eshraqa.portal.requests;

/**
 * A support request moved from one state to another. {@code publicNote} is what the beneficiary
 * may read (the information asked for, the decision's reason); internal notes never travel here.
 */
public record SupportRequestStateChanged(long requestId, String reference, long beneficiaryAccountId,
                                         RequestState from, RequestState to, String publicNote) {

    public boolean closesTheRequest() {
        return to.isClosed();
    }
}
