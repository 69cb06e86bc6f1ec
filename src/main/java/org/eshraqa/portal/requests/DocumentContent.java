package org.eshraqa.portal.requests;

import jakarta.persistence.Convert;
import org.eshraqa.portal.shared.crypto.EncryptedBytes;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link RequestDocument}. */
@Entity
@Table(name = "support_request_document_content")
class DocumentContent {

    @Id
    private Long documentId;

    @Convert(converter = EncryptedBytes.class)
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
