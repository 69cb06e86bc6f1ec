package org.eshraqa.portal.requests;

/** A document's bytes, for a download the service has already allowed. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {
}
