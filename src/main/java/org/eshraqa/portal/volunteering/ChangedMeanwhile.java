package org.eshraqa.portal.volunteering;

/** Someone else changed the record since this person loaded it; nothing was overwritten. */
public class ChangedMeanwhile extends RuntimeException {

    ChangedMeanwhile() {
        super("error.concurrentChange");
    }
}
