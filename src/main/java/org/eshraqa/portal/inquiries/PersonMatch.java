package org.eshraqa.portal.inquiries;

/** The account staff found for a contact, shown so they can confirm it is the right person. */
public record PersonMatch(String fullName, String email, String mobile) {
}
