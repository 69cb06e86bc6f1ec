package org.eshraqa.portal.inquiries;

/** What a staff member may do to a question in its current state; the service checks again. */
public enum InquiryAction {
    ANSWER, ASSIGN, REFER_TO_RESEARCH, CLOSE
}
