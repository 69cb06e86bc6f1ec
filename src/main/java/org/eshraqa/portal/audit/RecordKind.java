package org.eshraqa.portal.audit;

/** The kinds of sensitive record whose opening is logged. */
public enum RecordKind {
    SUPPORT_REQUEST,
    REQUEST_DOCUMENT,
    VOLUNTEER_APPLICATION,
    VOLUNTEER_DOCUMENT,
    /** A survey response seen with its author's name, because they asked to be contacted. */
    SURVEY_RESPONSE,
    /** A question and its thread, opened by staff. */
    INQUIRY
}
