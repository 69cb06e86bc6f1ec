package org.eshraqa.portal.inquiries;

/**
 * No such question for this person: it does not exist, or it is someone else's. The two are
 * deliberately indistinguishable.
 */
public class InquiryNotFound extends RuntimeException {

    InquiryNotFound() {
        super("inquiry.notFound");
    }
}
