package org.eshraqa.portal.surveys;

import java.time.LocalDate;

/**
 * An improvement action as the quality manager writes it: what people said and what the
 * association did, in both languages; the feedback theme it answers (a dimension's value, a rated
 * aspect, a period); its owner, due date and status.
 */
public record ActionDraft(String titleAr, String titleEn, String saidAr, String saidEn, String didAr, String didEn,
                          Dimension themeDimension, String themeValue, String ratingCode, String periodLabel,
                          Long ownerAccountId, LocalDate dueOn, ActionStatus status) {
}
