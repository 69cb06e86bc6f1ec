package org.eshraqa.portal.shared.privacy;

/** Where a {@link PersonalDataHolder} writes a person's copy of their data. */
public interface DataArchive {

    /** A record, list or map, written as JSON under {@code <section>/<name>.json}. */
    void json(String name, Object value);

    /**
     * A stored file, written under {@code <section>/<folder>/}. The name is the one the person
     * uploaded: the archive keeps only its last segment and makes it unique.
     */
    void file(String folder, String fileName, byte[] content);
}
