package org.eshraqa.portal.shared.casefile;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eshraqa.portal.shared.crypto.FieldBinding;
import org.eshraqa.portal.shared.crypto.SealedFields;

/**
 * The bytes of one document of a case file, kept apart from its description so that listings never
 * read them, and sealed at rest bound to the document's id (known before the row is written). Each
 * kind of case maps it to a table of its own ({@code @Table} on its entity).
 */
@MappedSuperclass
public abstract class DocumentBytes {

    @Id
    private Long documentId;

    private byte[] content;

    protected DocumentBytes() {
    }

    protected DocumentBytes(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = SealedFields.seal(content, binding(documentId));
    }


    public byte[] content() {
        return SealedFields.open(content, binding(documentId));
    }

    private FieldBinding binding(long id) {
        return new FieldBinding(EntityTables.of(this), "content", String.valueOf(id));
    }
}
