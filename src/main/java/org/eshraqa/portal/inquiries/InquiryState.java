package org.eshraqa.portal.inquiries;

/** Where a question stands, and who it waits on. */
public enum InquiryState {
    /** Asked, not yet answered. */
    NEW,
    /** The asker wrote again after an answer. */
    WAITING_ON_STAFF,
    /** Staff answered; the asker may reply or mark it answered. */
    WAITING_ON_ASKER,
    /** The asker marked it answered. Closed. */
    ANSWERED,
    /** Staff closed it. Closed. */
    CLOSED;

    public boolean isOpen() {
        return this != ANSWERED && this != CLOSED;
    }

    /** Staff owe the next step. */
    public boolean waitsOnStaff() {
        return this == NEW || this == WAITING_ON_STAFF;
    }
}
