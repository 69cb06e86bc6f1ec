package org.eshraqa.portal.content;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the search text of entries that do not have one under the current {@link SearchText}
 * rules: the entries the migrations seed (SQL cannot normalise Arabic the way Java does) and every
 * entry after the rules change. Several nodes doing it at once write the same values.
 */
@Component
class SearchTextUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchTextUpgrade.class);

    private final ContentEntryRepository entries;

    SearchTextUpgrade(ContentEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Long> stale = entries.idsWithSearchTextOlderThan(SearchText.VERSION);
        for (Long id : stale) {
            entries.findById(id).ifPresent(e -> entries.rewriteSearchText(id,
                    ContentEntry.searchTextOf(e.titleAr(), e.titleEn(), e.bodyAr(), e.bodyEn()), SearchText.VERSION));
        }
        if (!stale.isEmpty()) {
            log.info("Search text written for {} content entries", stale.size());
        }
    }
}
