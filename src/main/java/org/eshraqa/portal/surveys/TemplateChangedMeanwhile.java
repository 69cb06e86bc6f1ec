package org.eshraqa.portal.surveys;

/** Someone else changed the template since this editor loaded it; nothing was overwritten. */
public class TemplateChangedMeanwhile extends RuntimeException {

    TemplateChangedMeanwhile() {
        super("error.concurrentChange");
    }
}
