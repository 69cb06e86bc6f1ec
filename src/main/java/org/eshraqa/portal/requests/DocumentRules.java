package org.eshraqa.portal.requests;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * What may be uploaded: PDF, JPEG or PNG, told by the file's first bytes rather than its name, and
 * the name's extension must agree with them (a PNG called {@code report.pdf} is refused).
 */
final class DocumentRules {

    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    /** Magic-number detection only: tika-core's default detector without parsers. */
    private static final Tika TIKA = new Tika();

    private DocumentRules() {
    }

    /** The media type the bytes really are, if it is one the portal accepts. */
    static Optional<String> detect(byte[] content) {
        String type = TIKA.detect(content);
        return ALLOWED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** Whether the file name's extension names the detected type. */
    static boolean nameAgrees(String fileName, String mediaType) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (mediaType) {
            case "application/pdf" -> extension.equals("pdf");
            case "image/jpeg" -> extension.equals("jpg") || extension.equals("jpeg");
            case "image/png" -> extension.equals("png");
            default -> false;
        };
    }

    /** Keeps the name readable but harmless: no path, no control characters, at most 120 characters. */
    static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        return base.isEmpty() ? "document" : base;
    }
}
