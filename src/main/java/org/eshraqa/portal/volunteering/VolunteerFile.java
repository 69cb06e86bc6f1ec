package org.eshraqa.portal.volunteering;

/** A file to hand to the browser: an uploaded document or a certificate. */
public record VolunteerFile(String fileName, String mediaType, byte[] content) {
}
