package org.eshraqa.portal.content;

/** Who may read an entry. Pages and FAQ entries are always public. */
public enum Audience {
    PUBLIC,
    /** Any staff role (relations officer, social researcher, committee, coordinators, quality, admin). */
    STAFF
}
