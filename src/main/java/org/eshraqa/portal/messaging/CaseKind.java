package org.eshraqa.portal.messaging;

/** The kind of case a message is about, so staff see it on that case's page. */
public enum CaseKind {
    REQUEST,
    INQUIRY,
    VOLUNTEERING
}
