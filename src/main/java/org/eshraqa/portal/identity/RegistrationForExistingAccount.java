package org.eshraqa.portal.identity;

/**
 * Someone registered with an address that already has an account. The registration page answers
 * as for a new address; the notifications module tells the owner instead, in their language.
 * {@code attempt} names this attempt, so a redelivered event mails the owner once.
 */
public record RegistrationForExistingAccount(long accountId, String email, String fullName, String language,
                                             String signInLink, String verifyLink, String attempt) {
}
