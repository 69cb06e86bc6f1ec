package org.eshraqa.portal.identity;

/** A verification link must reach this person; the notifications module mails it. */
public record EmailVerificationRequested(long accountId, String email, String fullName, String language,
                                         String link) {
}
