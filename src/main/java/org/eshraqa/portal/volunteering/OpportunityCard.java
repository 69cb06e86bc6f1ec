package org.eshraqa.portal.volunteering;

/**
 * An upcoming opportunity offered to a volunteer: whether it asks for skills they have and falls in
 * their weekly availability (those come first), and their own place in it, if any.
 */
public record OpportunityCard(OpportunityView opportunity, boolean matchesSkills, boolean fitsAvailability,
                              Long enrolmentId, EnrolmentState myState, long enrolmentVersion) {

    public boolean applied() {
        return myState != null && myState.holdsSeat();
    }
}
