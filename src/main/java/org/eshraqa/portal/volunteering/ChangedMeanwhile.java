package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.casefile.CaseChanged;

/** Someone else changed the record since this person loaded it; nothing was overwritten. */
public class ChangedMeanwhile extends CaseChanged {

    ChangedMeanwhile() {
        super("error.concurrentChange");
    }
}
