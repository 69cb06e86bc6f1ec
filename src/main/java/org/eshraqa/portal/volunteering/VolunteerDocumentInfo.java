package org.eshraqa.portal.volunteering;

import java.time.Instant;

public record VolunteerDocumentInfo(long id, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
                                    Instant uploadedAt) {
}
