package org.eshraqa.portal.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * What may be uploaded anywhere in the portal: PDF, JPEG or PNG, told by the file's first bytes
 * rather than its name, and the name's extension must agree with them (a PNG called
 * {@code report.pdf} is refused). Every module that takes documents checks them here.
 */
public final class UploadRules {

    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    /** Magic-number detection only: tika-core's default detector without parsers. */
    private static final Tika TIKA = new Tika();

    private UploadRules() {
    }

    /** A file that passed {@link #check}: its harmless name, real type and SHA-256. */
    public record Accepted(String fileName, String mediaType, String sha256) {
    }

    /**
     * Checks an upload and reports a refusal on {@code field} with a message key: empty, too
     * large, not a PDF/JPEG/PNG by content, or a name that says otherwise.
     */
    public static Accepted check(String field, String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(field, "document.empty");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of(field, "document.tooLarge");
        }
        String mediaType = detect(content).orElseThrow(() -> InvalidInputException.of(field, "document.type"));
        String name = safeName(fileName);
        if (!nameAgrees(name, mediaType)) {
            throw InvalidInputException.of(field, "document.mismatch");
        }
        return new Accepted(name, mediaType, sha256(content));
    }

    /** The media type the bytes really are, if it is one the portal accepts. */
    public static Optional<String> detect(byte[] content) {
        String type = TIKA.detect(content);
        return ALLOWED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** Whether the file name's extension names the detected type. */
    public static boolean nameAgrees(String fileName, String mediaType) {
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
    public static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        return base.isEmpty() ? "document" : base;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
