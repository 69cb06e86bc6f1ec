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
 * <pre>  "ENC1" | key-id length (1 byte) | key id | 12-byte nonce | ciphertext with 16-byte tag</pre>
 * Text columns hold the envelope in base64 after the prefix {@code enc1:}. A value without the
 * marker is read as it is: rows written before encryption was turned on stay readable and are
 * encrypted the next time they are written. A tampered value or one whose key is gone fails
 * loudly rather than returning garbage.
 */
public final class FieldCipher {

    static final String TEXT_PREFIX = "enc1:";
    private static final byte[] MAGIC = {'E', 'N', 'C', '1'};
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(DataKeys keys) {
        this.keys = keys;
    }

    public byte[] encrypt(byte[] plain) {
        if (plain == null) {
            return null;
        }
        byte[] id = keys.currentId().getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(MAGIC);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + 1 + id.length + NONCE_BYTES + sealed.length)
                    .put(MAGIC).put((byte) id.length).put(id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        if (stored == null || !isEnvelope(stored)) {
            return stored;
        }
        ByteBuffer in = ByteBuffer.wrap(stored);
        in.position(MAGIC.length);
        int idLength = in.get() & 0xff;
        byte[] id = new byte[idLength];
        in.get(id);
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        String keyId = new String(id, StandardCharsets.US_ASCII);
        SecretKey key = keys.byId(keyId).orElseThrow(() -> new IllegalStateException(
                "A stored value was encrypted with key '" + keyId + "', which is not configured"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(MAGIC);
            return cipher.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored value could not be decrypted: it was altered or the key is wrong", e);
        }
    }

    public String encryptText(String plain) {
        return plain == null ? null
                : TEXT_PREFIX + Base64.getEncoder().encodeToString(encrypt(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String decryptText(String stored) {
        if (stored == null || !stored.startsWith(TEXT_PREFIX)) {
            return stored;
        }
        byte[] envelope = Base64.getDecoder().decode(stored.substring(TEXT_PREFIX.length()));
        return new String(decrypt(envelope), StandardCharsets.UTF_8);
    }

    /** Whether the stored value was written by the current key (false for plaintext and older keys). */
    public boolean isCurrent(byte[] stored) {
        if (stored == null || !isEnvelope(stored)) {
            return false;
        }
        int idLength = stored[MAGIC.length] & 0xff;
        String id = new String(stored, MAGIC.length + 1, idLength, StandardCharsets.US_ASCII);
        return id.equals(keys.currentId());
    }

    private static boolean isEnvelope(byte[] stored) {
        return stored.length > MAGIC.length + 1 + NONCE_BYTES
                && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }
}
