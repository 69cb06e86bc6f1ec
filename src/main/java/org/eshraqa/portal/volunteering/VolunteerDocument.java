package org.eshraqa.portal.volunteering;

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

/** A CV, certificate or licence copy uploaded with an application; the bytes are in {@link VolunteerDocumentContent}. */
@Entity
@Table(name = "volunteer_document")
class VolunteerDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DocumentKind kind;

    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;

    protected VolunteerDocument() {
    }

    VolunteerDocument(long applicationId, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
                      String sha256, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    Long id() {
        return id;
    }

    long applicationId() {
        return applicationId;
    }

    DocumentKind kind() {
        return kind;
    }

    VolunteerDocumentInfo info() {
        return new VolunteerDocumentInfo(id, kind, fileName, mediaType, sizeBytes, uploadedAt);
    }
}
