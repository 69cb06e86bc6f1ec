package org.eshraqa.portal.inquiries;

/** A step the question's state or the person's role does not allow; the key explains it. */
public class InquiryRefused extends RuntimeException {

    private final String messageKey;

    InquiryRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
