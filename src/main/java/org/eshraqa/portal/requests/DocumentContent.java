package org.eshraqa.portal.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eshraqa.portal.shared.casefile.DocumentBytes;

/** The bytes of one {@link RequestDocument}, encrypted at rest. */
@Entity
@Table(name = "support_request_document_content")
class DocumentContent extends DocumentBytes {

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] content) {
        super(documentId, content);
    }
}
