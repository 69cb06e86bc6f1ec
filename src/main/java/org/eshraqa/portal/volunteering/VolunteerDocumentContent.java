package org.eshraqa.portal.volunteering;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eshraqa.portal.shared.crypto.FieldBinding;
import org.eshraqa.portal.shared.crypto.SealedFields;

/** The bytes of one {@link VolunteerDocument}, encrypted at rest. */
@Entity
@Table(name = "volunteer_document_content")
class VolunteerDocumentContent {

    @Id
    private Long documentId;

    /** Sealed, bound to the document's id, which is known before the row is written. */
    private byte[] content;

    protected VolunteerDocumentContent() {
    }

    VolunteerDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = SealedFields.seal(content, binding(documentId));
    }

    byte[] content() {
        return SealedFields.open(content, binding(documentId));
    }

    private static FieldBinding binding(long documentId) {
        return new FieldBinding("volunteer_document_content", "content", String.valueOf(documentId));
    }
}
