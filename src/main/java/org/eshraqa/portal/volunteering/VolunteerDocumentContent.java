package org.eshraqa.portal.volunteering;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eshraqa.portal.shared.crypto.EncryptedBytes;

/** The bytes of one {@link VolunteerDocument}, encrypted at rest. */
@Entity
@Table(name = "volunteer_document_content")
class VolunteerDocumentContent {

    @Id
    private Long documentId;

    @Convert(converter = EncryptedBytes.class)
    private byte[] content;

    protected VolunteerDocumentContent() {
    }

    VolunteerDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
