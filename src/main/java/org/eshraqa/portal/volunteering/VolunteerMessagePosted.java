package org.eshraqa.portal.volunteering;

/** A message on an application's thread; staff messages are announced to the volunteer. */
public record VolunteerMessagePosted(long messageId, long applicationId, String reference, long accountId,
                                     boolean fromStaff) {
}
