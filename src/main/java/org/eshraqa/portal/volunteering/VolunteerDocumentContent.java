package org.eshraqa.portal.volunteering;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eshraqa.portal.shared.casefile.DocumentBytes;

/** The bytes of one {@link VolunteerDocument}, encrypted at rest. */
@Entity
@Table(name = "volunteer_document_content")
class VolunteerDocumentContent extends DocumentBytes {

    protected VolunteerDocumentContent() {
    }

    VolunteerDocumentContent(long documentId, byte[] content) {
        super(documentId, content);
    }
}
