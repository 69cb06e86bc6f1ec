package org.eshraqa.portal.identity;

/** Where a request to erase an account stands. */
public enum ErasureState {
    /** Something must be kept for now: an administrator decides. */
    PENDING,
    /** The administrator decided to keep the data; the reason is told to the person. */
    REFUSED,
    /** The person withdrew the request. */
    CANCELLED,
    /** Erased. */
    DONE
}
