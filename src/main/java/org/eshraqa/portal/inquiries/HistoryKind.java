package org.eshraqa.portal.inquiries;

/** What happened to a question, as its staff-side history records it. */
public enum HistoryKind {
    ASKED, RECORDED, ANSWERED, ASKER_REPLIED, ASSIGNED, REFERRED, MARKED_ANSWERED, CLOSED
}
