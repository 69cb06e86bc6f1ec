package org.eshraqa.portal.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single fields. A value is stored as a self-describing envelope, so a reader
 * knows the format and the key that wrote it:
 * <pre>  "ENC2" | key-id length (1 byte) | key id | 12-byte nonce | ciphertext with 16-byte tag</pre>
 * Text columns hold the envelope in base64 after the prefix {@code enc2:}.
 *
 * <p>{@code ENC2} values are bound to their place: the GCM associated data is the marker and the
 * {@link FieldBinding} (table, column, row), so a value copied into another column or another row
 * fails to decrypt instead of showing one person's text on another's page ({@link SealedFields}).
 * {@code ENC1} values (written before binding, associated data only the marker) are still read;
 * migration V44_1 rewrites them bound. A value without a marker is read as it is (rows written
 * before encryption was turned on). A tampered value, a moved one, or one whose key is gone fails
 * with {@link UnreadableValueException} rather than returning anything.
 */
public final class FieldCipher {

    static final String TEXT_PREFIX = "enc1:";
    static final String BOUND_TEXT_PREFIX = "enc2:";
    private static final byte[] MAGIC = {'E', 'N', 'C', '1'};
    private static final byte[] BOUND_MAGIC = {'E', 'N', 'C', '2'};
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(DataKeys keys) {
        this.keys = keys;
    }

    /** Unbound ({@code ENC1}); kept for tests of values written before binding. New values use {@link #seal}. */
    public byte[] encrypt(byte[] plain) {
        return plain == null ? null : encrypt(plain, MAGIC, MAGIC);
    }

    /** Encrypts bound to its table, column and row ({@code ENC2}). */
    public byte[] seal(byte[] plain, FieldBinding binding) {
        return plain == null ? null : encrypt(plain, BOUND_MAGIC, binding.associatedData(BOUND_MAGIC));
    }

    /**
     * Decrypts a value read from the place {@code binding} names: bound values must have been
     * sealed for exactly that place, unbound ({@code ENC1}) and plain values are read as before.
     */
    public byte[] open(byte[] stored, FieldBinding binding) {
        if (stored == null) {
            return null;
        }
        try {
            if (hasMagic(stored, BOUND_MAGIC)) {
                return decrypt(stored, binding.associatedData(BOUND_MAGIC));
            }
            return decrypt(stored);
        } catch (UnreadableValueException e) {
            throw e.at(binding);
        }
    }

    public String sealText(String plain, FieldBinding binding) {
        return plain == null ? null
                : BOUND_TEXT_PREFIX + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8), binding));
    }

    public String openText(String stored, FieldBinding binding) {
        if (stored == null) {
            return null;
        }
        try {
            if (stored.startsWith(BOUND_TEXT_PREFIX)) {
                byte[] envelope = base64(stored.substring(BOUND_TEXT_PREFIX.length()));
                if (!hasMagic(envelope, BOUND_MAGIC)) {
                    throw new UnreadableValueException("A stored value is not a bound envelope");
                }
                return new String(decrypt(envelope, binding.associatedData(BOUND_MAGIC)), StandardCharsets.UTF_8);
            }
            return decryptText(stored);
        } catch (UnreadableValueException e) {
            throw e.at(binding);
        }
    }

    /** Whether the text is already bound ({@code enc2:}), so the migration leaves it alone. */
    public static boolean isBoundText(String stored) {
        return stored != null && stored.startsWith(BOUND_TEXT_PREFIX);
    }

    /** Whether the bytes are already bound ({@code ENC2}). */
    public static boolean isBound(byte[] stored) {
        return stored != null && hasMagic(stored, BOUND_MAGIC);
    }

    private byte[] encrypt(byte[] plain, byte[] magic, byte[] associatedData) {
        byte[] id = keys.currentId().getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(magic.length + 1 + id.length + NONCE_BYTES + sealed.length)
                    .put(magic).put((byte) id.length).put(id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Reads an unbound ({@code ENC1}) or plain value; a bound one needs {@link #open}. */
    public byte[] decrypt(byte[] stored) {
        if (stored != null && hasMagic(stored, BOUND_MAGIC)) {
            throw new UnreadableValueException("A bound value was read without its table, column and row");
        }
        if (stored == null || !isEnvelope(stored)) {
            return stored;
        }
        return decrypt(stored, MAGIC);
    }

    private byte[] decrypt(byte[] stored, byte[] associatedData) {
        if (stored.length <= MAGIC.length + 1 + NONCE_BYTES) {
            throw new UnreadableValueException("A stored value is too short to be an envelope");
        }
        ByteBuffer in = ByteBuffer.wrap(stored);
        in.position(MAGIC.length);
        int idLength = in.get() & 0xff;
        if (in.remaining() < idLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableValueException("A stored value is too short to be an envelope");
        }
        byte[] id = new byte[idLength];
        in.get(id);
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        String keyId = new String(id, StandardCharsets.US_ASCII);
        SecretKey key = keys.byId(keyId).orElseThrow(() -> new UnreadableValueException(
                "A stored value was encrypted with key '" + keyId + "', which is not configured"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UnreadableValueException(
                    "A stored value could not be decrypted: it was altered, moved from another row or column, or the key is wrong");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    public String encryptText(String plain) {
        return plain == null ? null
                : TEXT_PREFIX + Base64.getEncoder().encodeToString(encrypt(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads an unbound ({@code enc1:}) or plain value; a bound one needs {@link #openText}. */
    public String decryptText(String stored) {
        if (stored != null && stored.startsWith(BOUND_TEXT_PREFIX)) {
            throw new UnreadableValueException("A bound value was read without its table, column and row");
        }
        if (stored == null || !stored.startsWith(TEXT_PREFIX)) {
            return stored;
        }
        byte[] envelope = base64(stored.substring(TEXT_PREFIX.length()));
        if (!isEnvelope(envelope)) {
            throw new UnreadableValueException("A stored value is not an envelope");
        }
        return new String(decrypt(envelope, MAGIC), StandardCharsets.UTF_8);
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableValueException("A stored value is not base64");
        }
    }

    /** Whether the stored value was written by the current key (false for plaintext and older keys). */
    public boolean isCurrent(byte[] stored) {
        if (stored == null || !(isEnvelope(stored) || isBound(stored))) {
            return false;
        }
        int idLength = stored[MAGIC.length] & 0xff;
        String id = new String(stored, MAGIC.length + 1, idLength, StandardCharsets.US_ASCII);
        return id.equals(keys.currentId());
    }

    private static boolean isEnvelope(byte[] stored) {
        return hasMagic(stored, MAGIC);
    }

    private static boolean hasMagic(byte[] stored, byte[] magic) {
        return stored.length > magic.length + 1 + NONCE_BYTES
                && Arrays.equals(stored, 0, magic.length, magic, 0, magic.length);
    }
}
