package org.eshraqa.portal.identity;

/** What a visitor fills in to register as a beneficiary. */
public record Registration(String fullName, String email, String mobile, String password,
                           boolean consentGiven, String language) {
}
