package org.eshraqa.portal.shared.casefile;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
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

    /** The table the bytes are stored in ({@code @Table} of the entity): they are bound to it. */
    private String table() {
        for (Class<?> type = getClass(); type != null; type = type.getSuperclass()) {
            Table table = type.getAnnotation(Table.class);
            if (table != null) {
                return table.name();
            }
        }
        throw new IllegalStateException(getClass() + " names no @Table");
    }

    public byte[] content() {
        return SealedFields.open(content, binding(documentId));
    }

    private FieldBinding binding(long id) {
        return new FieldBinding(table(), "content", String.valueOf(id));
    }
}
