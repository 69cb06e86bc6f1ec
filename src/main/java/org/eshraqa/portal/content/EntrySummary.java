package org.eshraqa.portal.content;

import java.time.Instant;
import java.util.Locale;

/** One line of a list: the guides, the search results, the administrator's table. */
public record EntrySummary(long id, ContentKind kind, String slug, Audience audience, String titleAr, String titleEn,
                           boolean published, long version, Instant updatedAt) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleAr;
    }

    /** Where a reader opens it. */
    public String path() {
        return kind.path(slug);
    }
}
