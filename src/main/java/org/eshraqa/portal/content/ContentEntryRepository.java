package org.eshraqa.portal.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContentEntryRepository extends JpaRepository<ContentEntry, Long> {

    Optional<ContentEntry> findByKindAndSlug(ContentKind kind, String slug);

    List<ContentEntry> findByKindAndPublishedTrueOrderBySortOrderAscIdAsc(ContentKind kind);

    List<ContentEntry> findByKindOrderBySortOrderAscIdAsc(ContentKind kind);

    /** Lists without the bodies, which may be long. */
    @Query("""
            select new org.eshraqa.portal.content.EntrySummary(e.id, e.kind, e.slug, e.audience, e.titleAr, e.titleEn,
                e.published, e.version, e.updatedAt)
            from ContentEntry e where e.kind = :kind order by e.sortOrder, e.id""")
    List<EntrySummary> summaries(ContentKind kind);

    boolean existsByKindAndSlug(ContentKind kind, String slug);

    boolean existsByKindAndSlugAndIdNot(ContentKind kind, String slug, long id);

    @Query("select coalesce(max(e.sortOrder), 0) from ContentEntry e where e.kind = :kind")
    int maxSortOrder(ContentKind kind);

    /** Reordering is not an edit of the text: it leaves the version, so an open editor can still save. */
    @Modifying
    @Query("update ContentEntry e set e.sortOrder = :sortOrder where e.id = :id")
    void moveTo(long id, int sortOrder);

    @Query("select e.id from ContentEntry e where e.searchVersion < :version")
    List<Long> idsWithSearchTextOlderThan(int version);

    @Modifying
    @Query("update ContentEntry e set e.searchText = :searchText, e.searchVersion = :version where e.id = :id")
    void rewriteSearchText(long id, String searchText, int version);
}
