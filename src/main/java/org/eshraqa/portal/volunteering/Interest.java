package org.eshraqa.portal.volunteering;

/** The areas a volunteer wants to work in; an opportunity belongs to one of them. */
public enum Interest {
    AWARENESS_CAMPAIGNS,
    EVENTS,
    ADMINISTRATIVE_SUPPORT,
    /** Counselling and other professional work: needs a valid professional licence. */
    SPECIALISED_SUPPORT
}
