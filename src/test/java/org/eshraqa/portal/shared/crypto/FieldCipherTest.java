package org.eshraqa.portal.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private static String key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private final FieldCipher cipher = new FieldCipher(DataKeys.parse("k1:" + key(1)));

    @Test
    void textRoundTripsAndIsNeverTheSameTwice() {
        String plain = "أعاني من أرق ونوبات هلع منذ وفاة والدي";
        String first = cipher.encryptText(plain);
        String second = cipher.encryptText(plain);
        assertThat(first).startsWith("enc1:").doesNotContain("أرق").isNotEqualTo(second);
        assertThat(cipher.decryptText(first)).isEqualTo(plain);
        assertThat(cipher.decryptText(second)).isEqualTo(plain);
        assertThat(cipher.encryptText(null)).isNull();
        assertThat(cipher.decryptText(cipher.encryptText(""))).isEmpty();
    }

    @Test
    void bytesRoundTrip() {
        byte[] pdf = "%PDF-1.7 a medical report".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = cipher.encrypt(pdf);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).startsWith("ENC1").doesNotContain("%PDF");
        assertThat(cipher.decrypt(sealed)).isEqualTo(pdf);
    }

    @Test
    void valuesWrittenBeforeEncryptionAreReadAsTheyAre() {
        assertThat(cipher.decryptText("نص قديم غير مشفر")).isEqualTo("نص قديم غير مشفر");
        byte[] legacy = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertThat(cipher.decrypt(legacy)).isEqualTo(legacy);
    }

    @Test
    void aTamperedValueFailsInsteadOfReadingAsSomethingElse() {
        byte[] sealed = cipher.encrypt("كلمة".getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void aRotatedKeyStillReadsWhatTheOldKeyWrote() {
        String old = cipher.encryptText("قديم");
        FieldCipher rotated = new FieldCipher(DataKeys.parse("k2:" + key(2) + ", k1:" + key(1)));
        assertThat(rotated.decryptText(old)).isEqualTo("قديم");
        byte[] fresh = rotated.encrypt(new byte[] {1, 2, 3});
        assertThat(rotated.isCurrent(fresh)).isTrue();
        assertThat(rotated.isCurrent(Base64.getDecoder().decode(old.substring(5)))).isFalse();
        // Once the old key is dropped, its values fail loudly, naming the key.
        FieldCipher withoutOld = new FieldCipher(DataKeys.parse("k2:" + key(2)));
        assertThatThrownBy(() -> withoutOld.decryptText(old)).hasMessageContaining("'k1'");
    }

    @Test
    void badKeyConfigurationStopsTheStart() {
        assertThatThrownBy(() -> DataKeys.parse("nokey")).hasMessageContaining("id:base64");
        assertThatThrownBy(() -> DataKeys.parse("k:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DataKeys.parse("k:***")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> DataKeys.parse("a:" + key(1) + ",a:" + key(2))).hasMessageContaining("twice");
        assertThatThrownBy(() -> DataKeys.parse("bad id:" + key(1))).hasMessageContaining("key id");
    }

    @Test
    void theLocalKeyIsGeneratedOnceAndReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        DataKeys first = DataKeys.inDirectory(dir);
        String sealed = new FieldCipher(first).encryptText("سر");
        DataKeys again = DataKeys.inDirectory(dir);
        assertThat(new FieldCipher(again).decryptText(sealed)).isEqualTo("سر");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data-key"))))
                .isEqualTo("rw-------");
    }
}
