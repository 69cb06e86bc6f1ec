package org.eshraqa.portal.requests;

import org.eshraqa.portal.shared.casefile.CaseChanged;

/** Someone else changed the request since this person loaded it; nothing was overwritten. */
public class ConcurrentChange extends CaseChanged {

    ConcurrentChange() {
        super("error.concurrentChange");
    }
}
