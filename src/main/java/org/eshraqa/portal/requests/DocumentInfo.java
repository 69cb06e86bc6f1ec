package org.eshraqa.portal.requests;

import java.time.Instant;

/** A document as the request pages list it. */
public record DocumentInfo(long id, DocumentType type, String fileName, String mediaType, long sizeBytes,
                           Instant uploadedAt) {
}
