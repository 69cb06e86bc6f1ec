package org.eshraqa.portal.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document uploaded with a request: its description only; the bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "support_request_document")
class RequestDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DocumentType documentType;

    private String fileName;

    private String mediaType;

    private long sizeBytes;

    private String sha256;

    private long uploadedBy;

    private Instant uploadedAt;

    protected RequestDocument() {
    }

    RequestDocument(long requestId, DocumentType documentType, String fileName, String mediaType, long sizeBytes,
                    String sha256, long uploadedBy, Instant uploadedAt) {
        this.requestId = requestId;
        this.documentType = documentType;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long id() {
        return id;
    }

    long requestId() {
        return requestId;
    }

    DocumentType documentType() {
        return documentType;
    }

    String sha256() {
        return sha256;
    }

    DocumentInfo info() {
        return new DocumentInfo(id, documentType, fileName, mediaType, sizeBytes, uploadedAt);
    }
}
