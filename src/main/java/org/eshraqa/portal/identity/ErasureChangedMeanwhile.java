package org.eshraqa.portal.identity;

/** The erasure request was decided or withdrawn meanwhile; the page should reload it. */
public class ErasureChangedMeanwhile extends RuntimeException {

    public ErasureChangedMeanwhile() {
        super("The erasure request changed meanwhile");
    }
}
