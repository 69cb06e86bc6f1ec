package org.eshraqa.portal.inquiries;

/** Someone else changed the question or contact since this person loaded it; nothing was overwritten. */
public class ChangedMeanwhile extends RuntimeException {

    ChangedMeanwhile() {
        super("error.concurrentChange");
    }
}
