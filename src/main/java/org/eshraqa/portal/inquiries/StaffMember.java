package org.eshraqa.portal.inquiries;

/** A member of staff a question can be assigned or referred to. */
public record StaffMember(long accountId, String name) {
}
