package org.eshraqa.portal.content;

/** What an entry is, which decides where the portal shows it. */
public enum ContentKind {
    /** A fixed page of the portal (about, contact): edited and hidden, never added or removed. */
    PAGE,
    /** A question and its answer (P-7.1). */
    FAQ,
    /** A guide of P-9, for everyone or for staff only. */
    GUIDE;

    /** Where a reader opens the entry with this slug. */
    public String path(String slug) {
        return switch (this) {
            case PAGE -> slug;
            case FAQ -> "faq/" + slug;
            case GUIDE -> "guides/" + slug;
        };
    }
}
