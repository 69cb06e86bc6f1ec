package org.eshraqa.portal.volunteering;

public enum OpportunityState {
    PUBLISHED,
    CANCELLED
}
