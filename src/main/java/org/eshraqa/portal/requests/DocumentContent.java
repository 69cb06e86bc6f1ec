package org.eshraqa.portal.requests;

import org.eshraqa.portal.shared.crypto.FieldBinding;
import org.eshraqa.portal.shared.crypto.SealedFields;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link RequestDocument}. */
@Entity
@Table(name = "support_request_document_content")
class DocumentContent {

    @Id
    private Long documentId;

    /** Sealed, bound to the document's id, which is known before the row is written. */
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = SealedFields.seal(content, binding(documentId));
    }

    byte[] content() {
        return SealedFields.open(content, binding(documentId));
    }

    private static FieldBinding binding(long documentId) {
        return new FieldBinding("support_request_document_content", "content", String.valueOf(documentId));
    }
}
