package org.eshraqa.portal.surveys;

import java.time.Instant;
import java.time.LocalDate;

public record ActionView(long id, String titleAr, String titleEn, String saidAr, String saidEn, String didAr,
                         String didEn, Dimension themeDimension, String themeValue, String ratingCode,
                         String periodLabel, long ownerAccountId, String ownerName, LocalDate dueOn,
                         ActionStatus status, boolean published, Instant publishedAt, long version) {

    public String title(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) ? titleAr : titleEn;
    }

    public String said(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) ? saidAr : saidEn;
    }

    public String did(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) ? didAr : didEn;
    }
}
