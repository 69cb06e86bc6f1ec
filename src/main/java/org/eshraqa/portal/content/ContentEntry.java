package org.eshraqa.portal.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A page, FAQ entry or guide, in Markdown in both languages. The normalised search text is
 * written with every change of title or body, so searching is one query on this table.
 */
@Entity
class ContentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentKind kind;

    private String slug;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private String titleAr;

    private String titleEn;

    private String bodyAr;

    private String bodyEn;

    private boolean published;

    private int sortOrder;

    private String searchText;

    /** Which rules of {@link SearchText} wrote {@link #searchText}; older rows are rewritten at start. */
    private int searchVersion;

    @Version
    private long version;

    private Instant updatedAt;

    private Long updatedBy;

    protected ContentEntry() {
    }

    ContentEntry(ContentKind kind, int sortOrder) {
        this.kind = kind;
        this.sortOrder = sortOrder;
        this.audience = Audience.PUBLIC;
    }

    /** Takes the administrator's checked text; pages keep their slug and every non-guide stays public. */
    void write(EntryDraft draft, long accountId, Instant now) {
        if (kind != ContentKind.PAGE) {
            slug = draft.slug();
        }
        audience = kind == ContentKind.GUIDE ? draft.audience() : Audience.PUBLIC;
        titleAr = draft.titleAr();
        titleEn = draft.titleEn();
        bodyAr = draft.bodyAr();
        bodyEn = draft.bodyEn();
        published = draft.published();
        searchText = searchTextOf(titleAr, titleEn, bodyAr, bodyEn);
        searchVersion = SearchText.VERSION;
        touch(accountId, now);
    }

    void publish(boolean published, long accountId, Instant now) {
        this.published = published;
        touch(accountId, now);
    }

    private void touch(long accountId, Instant now) {
        updatedBy = accountId;
        updatedAt = now;
    }

    static String searchTextOf(String titleAr, String titleEn, String bodyAr, String bodyEn) {
        return SearchText.normalise(String.join(" ", titleAr, titleEn, Markdown.toPlainText(bodyAr),
                Markdown.toPlainText(bodyEn)));
    }

    boolean readableBy(boolean staff) {
        return published && (audience == Audience.PUBLIC || staff);
    }

    Article article() {
        return new Article(id, kind, slug, audience, titleAr, titleEn, Markdown.toSafeHtml(bodyAr),
                Markdown.toSafeHtml(bodyEn), updatedAt);
    }

    EntrySummary summary() {
        return new EntrySummary(id, kind, slug, audience, titleAr, titleEn, published, version, updatedAt);
    }

    EntryDraft draft() {
        return new EntryDraft(id, kind, slug, audience, titleAr, titleEn, bodyAr, bodyEn, published, version);
    }

    Long id() {
        return id;
    }

    ContentKind kind() {
        return kind;
    }

    long version() {
        return version;
    }

    int sortOrder() {
        return sortOrder;
    }

    String titleAr() {
        return titleAr;
    }

    String titleEn() {
        return titleEn;
    }

    String bodyAr() {
        return bodyAr;
    }

    String bodyEn() {
        return bodyEn;
    }
}
