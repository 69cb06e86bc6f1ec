package org.eshraqa.portal.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys that encrypt sensitive fields at rest. Configured as {@code portal.crypto.keys}
 * ({@code PORTAL_DATA_KEYS}): comma-separated {@code id:base64-of-32-bytes}; the first key
 * encrypts, every listed key decrypts, so a key is rotated by putting a new one first and keeping
 * the old one until no value uses it (docs/security.md).
 *
 * <p>Without configured keys the portal runs only on the embedded database: a key is generated once
 * into the data directory ({@code data-key}, readable by its owner only), or kept in memory when the
 * database itself is temporary. Against an external database, missing keys stop the start-up.
 */
public final class DataKeys {

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);
    static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private DataKeys(Map<String, SecretKey> keys) {
        this.keys = Map.copyOf(keys);
        this.currentId = keys.keySet().iterator().next();
    }

    /** Parses {@code id:base64,id:base64}; refuses anything but 256-bit keys and plain ids. */
    public static DataKeys parse(String configured) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : configured.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("portal.crypto.keys: each key is written id:base64");
            }
            String id = trimmed.substring(0, colon);
            if (!id.matches("[A-Za-z0-9_-]{1,16}")) {
                throw new IllegalStateException("portal.crypto.keys: a key id is 1-16 letters, digits, '-' or '_'");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("portal.crypto.keys: key '" + id + "' is not base64");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("portal.crypto.keys: key '" + id + "' must be 32 bytes (AES-256)");
            }
            if (keys.putIfAbsent(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException("portal.crypto.keys: key id '" + id + "' is listed twice");
            }
        }
        return new DataKeys(keys);
    }

    private static DataKeys ephemeral;

    /**
     * A key of this process's own, for a database that is thrown away with it. One per process, as
     * the temporary embedded database is one per process: every application context started on it
     * (tests start several) reads what the others wrote.
     */
    public static synchronized DataKeys ephemeral() {
        if (ephemeral == null) {
            ephemeral = parse("temp:" + Base64.getEncoder().encodeToString(random()));
        }
        return ephemeral;
    }

    /** The key kept in {@code dir/data-key}, generated there the first time. */
    public static DataKeys inDirectory(Path dir) {
        Path file = dir.resolve("data-key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                String line = "local:" + Base64.getEncoder().encodeToString(random());
                createOwnerOnly(file, line + "\n");
                log.warn("Generated a local data key in {}: back it up with the database, or the encrypted fields "
                        + "cannot be read. Production sets PORTAL_DATA_KEYS instead.", file.toAbsolutePath());
            }
            return parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the data key " + file, e);
        }
    }

    static final String OWNER_ONLY = "rw-------";

    /**
     * Writes the key into a temporary file of the same directory that is created owner-only (the
     * permissions are an attribute of the creation, so there is no moment with the umask's
     * permissions), then moves it into place atomically: a reader sees no file or the whole key.
     */
    static void createOwnerOnly(Path file, String content) throws IOException {
        Path temp;
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            temp = Files.createTempFile(file.getParent(), ".data-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
        } else {
            // Windows: the file gets the directory's access list.
            temp = Files.createTempFile(file.getParent(), ".data-key", ".tmp");
        }
        try {
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    private static byte[] random() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
