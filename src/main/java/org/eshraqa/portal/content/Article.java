package org.eshraqa.portal.content;

import java.time.Instant;
import java.util.Locale;

/** An entry as a reader sees it: the title and the sanitised HTML of its body, in both languages. */
public record Article(long id, ContentKind kind, String slug, Audience audience, String titleAr, String titleEn,
                      String htmlAr, String htmlEn, Instant updatedAt) {

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleAr;
    }

    /** Safe to put into a page: rendered from Markdown and passed through the HTML allow-list. */
    public String html(Locale locale) {
        return english(locale) ? htmlEn : htmlAr;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
