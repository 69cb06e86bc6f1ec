package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.casefile.CaseChanged;

/** Someone else changed the question or contact since this person loaded it; nothing was overwritten. */
public class ChangedMeanwhile extends CaseChanged {

    ChangedMeanwhile() {
        super("error.concurrentChange");
    }
}
