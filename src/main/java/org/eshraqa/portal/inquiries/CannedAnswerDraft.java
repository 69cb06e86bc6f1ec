package org.eshraqa.portal.inquiries;

/** What the administrator types for a canned answer. */
public record CannedAnswerDraft(String titleAr, String titleEn, String bodyAr, String bodyEn, int sortOrder,
                                boolean active) {
}
