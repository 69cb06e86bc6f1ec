package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.casefile.CaseRefused;

/** A step the question's state or the person's role does not allow; the key explains it. */
public class InquiryRefused extends CaseRefused {

    InquiryRefused(String messageKey) {
        super(messageKey, messageKey);
    }
}
