package org.eshraqa.portal.inquiries;

/** A question from the signed-in person: general, or on one of their own requests ({@code requestId}). */
public record NewQuestion(String subject, String body, Long requestId) {
}
