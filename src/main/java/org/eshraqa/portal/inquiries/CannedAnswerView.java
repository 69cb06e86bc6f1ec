package org.eshraqa.portal.inquiries;

import java.util.Locale;

/** A canned answer; staff insert the body in the asker's language and may edit it before sending. */
public record CannedAnswerView(long id, String titleAr, String titleEn, String bodyAr, String bodyEn, int sortOrder,
                               boolean active, long version) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleAr;
    }

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyAr;
    }
}
