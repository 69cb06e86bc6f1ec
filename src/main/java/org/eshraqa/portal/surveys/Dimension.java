package org.eshraqa.portal.surveys;

/**
 * The ways responses can be broken down (and filtered). STAFF and TEAM are the quality manager's
 * only, and are never filters: a figure per person is framed as development, not judgement.
 */
public enum Dimension {
    TRIGGER,
    SERVICE,
    CHANNEL,
    REGION,
    STEP,
    TEAM,
    STAFF;

    /** The dimensions a dashboard may filter by. */
    public boolean isFilter() {
        return this != TEAM && this != STAFF;
    }
}
