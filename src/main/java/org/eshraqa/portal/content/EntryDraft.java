package org.eshraqa.portal.content;

/**
 * An entry as the administrator edits it: Markdown in both languages. {@code id} is null for a
 * new entry; {@code version} is the one the administrator loaded, so a save never overwrites
 * someone else's change.
 */
public record EntryDraft(Long id, ContentKind kind, String slug, Audience audience, String titleAr, String titleEn,
                         String bodyAr, String bodyEn, boolean published, long version) {

    /** An empty FAQ entry or guide, unpublished until the administrator says otherwise. */
    public static EntryDraft blank(ContentKind kind) {
        return new EntryDraft(null, kind, "", Audience.PUBLIC, "", "", "", "", false, 0);
    }
}
