package org.eshraqa.portal.surveys;

public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
