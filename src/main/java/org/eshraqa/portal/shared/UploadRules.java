package org.eshraqa.portal.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * What may be uploaded anywhere in the portal: PDF, JPEG or PNG, told by the file's first bytes
 * rather than its name, and the name's extension must agree with them (a PNG called
 * {@code report.pdf} is refused). Images must say how large they are and be of a size a screen
 * can open; PDFs must not unpack to far more than any document needs. Every module that takes
 * documents checks them here.
 */
public final class UploadRules {

    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    /** Magic-number detection only: tika-core's default detector without parsers. */
    private static final Tika TIKA = new Tika();

    /** Largest image side, and largest image, in pixels: a 50-megapixel phone photo passes. */
    static final int MAX_IMAGE_SIDE = 20_000;
    static final long MAX_IMAGE_PIXELS = 60_000_000L;

    /** How much the compressed streams of one PDF may unpack to, all together. */
    static final long MAX_PDF_UNPACKED_BYTES = 256L * 1024 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

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
        if (mediaType.startsWith("image/")) {
            long[] size = imageSize(content).orElseThrow(() -> InvalidInputException.of(field, "document.unreadable"));
            if (size[0] > MAX_IMAGE_SIDE || size[1] > MAX_IMAGE_SIDE || size[0] * size[1] > MAX_IMAGE_PIXELS) {
                throw InvalidInputException.of(field, "document.imageTooLarge");
            }
        } else if (pdfUnpacksBeyond(content, MAX_PDF_UNPACKED_BYTES)) {
            throw InvalidInputException.of(field, "document.pdfTooLarge");
        }
        return new Accepted(name, mediaType, sha256(content));
    }

    /** Bytes read from an upload at a time while its length is unknown. */
    private static final int CHUNK = 64 * 1024;

    /**
     * Reads an upload's body, but never more than {@code maxBytes} + 1 bytes: empty as soon as the
     * body turns out longer than {@code maxBytes} (the rest is left unread). A stated length
     * ({@code declaredLength} &ge; 0, e.g. Content-Length) over the limit is refused before a byte
     * is read; within it, exactly that many bytes are allocated. Without one, the body is counted
     * in 64 KB pieces as it arrives, so a refused body never costs more than the limit in memory.
     */
    public static Optional<byte[]> readAtMost(InputStream in, long declaredLength, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            return Optional.empty();
        }
        if (declaredLength >= 0) {
            byte[] content = new byte[(int) declaredLength];
            int read = in.readNBytes(content, 0, content.length);
            // A body longer than it said (or a declared length that lied) is refused too.
            return read == content.length && in.read() < 0 ? Optional.of(content) : Optional.empty();
        }
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        while (true) {
            // readNBytes into an array of our own: readNBytes(int) would allocate every piece twice.
            byte[] chunk = new byte[(int) Math.min(CHUNK, maxBytes - total + 1)];
            int read = in.readNBytes(chunk, 0, chunk.length);
            if (read == 0) {
                break;
            }
            total += read;
            if (total > maxBytes) {
                return Optional.empty();
            }
            chunks.add(read == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, read));
            if (read < chunk.length) {
                break;
            }
        }
        byte[] content = new byte[(int) total];
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.set(i, null);
            System.arraycopy(chunk, 0, content, at, chunk.length);
            at += chunk.length;
        }
        return Optional.of(content);
    }

    /** The media type the bytes really are, if it is one the portal accepts. */
    public static Optional<String> detect(byte[] content) {
        String type = TIKA.detect(content);
        return ALLOWED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /**
     * Width and height as the image's header states them, read without decoding a pixel (a
     * few-kilobyte PNG may claim 50000 × 50000); empty when the header cannot be read.
     */
    static Optional<long[]> imageSize(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new long[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Whether the zlib (FlateDecode) data after the PDF's {@code stream} keywords inflates to more
     * than {@code limit} bytes in all. The bytes are scanned rather than parsed, so a damaged
     * cross-reference table hides no stream, and inflating stops as soon as the limit is passed.
     */
    static boolean pdfUnpacksBeyond(byte[] content, long limit) {
        long total = 0;
        byte[] sink = new byte[64 * 1024];
        for (int at = indexOf(content, STREAM, 0); at >= 0; at = indexOf(content, STREAM, at + STREAM.length)) {
            if (at >= 3 && content[at - 3] == 'e' && content[at - 2] == 'n' && content[at - 1] == 'd') {
                continue;
            }
            int start = at + STREAM.length;
            if (start < content.length && content[start] == '\r') {
                start++;
            }
            if (start >= content.length || content[start] != '\n') {
                continue; // the word inside some text, not a stream
            }
            start++;
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(content, start, content.length - start);
                while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                    total += inflater.inflate(sink);
                    if (total > limit) {
                        return true;
                    }
                }
            } catch (DataFormatException notZlib) {
                // An uncompressed stream, or another filter: it is no larger than the file.
            } finally {
                inflater.end();
            }
        }
        return false;
    }

    private static int indexOf(byte[] content, byte[] word, int from) {
        outer:
        for (int i = from; i <= content.length - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (content[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
