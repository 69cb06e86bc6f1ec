package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.casefile.CaseGone;

/**
 * No such question for this person: it does not exist, or it is someone else's. The two are
 * deliberately indistinguishable.
 */
public class InquiryNotFound extends CaseGone {

    InquiryNotFound() {
        super("inquiry.notFound");
    }
}
