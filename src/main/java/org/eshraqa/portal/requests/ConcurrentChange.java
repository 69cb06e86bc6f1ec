package org.eshraqa.portal.requests;

/** Someone else changed the request since this person loaded it; nothing was overwritten. */
public class ConcurrentChange extends RuntimeException {

    ConcurrentChange() {
        super("error.concurrentChange");
    }
}
