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
    void aBoundValueOpensOnlyInItsOwnTableColumnAndRow() {
        FieldBinding place = new FieldBinding("support_request", "need_description", "rowA");
        String sealed = cipher.sealText("أفكار انتحارية متكررة", place);
        assertThat(sealed).startsWith("enc2:").doesNotContain("انتحارية");
        assertThat(cipher.openText(sealed, place)).isEqualTo("أفكار انتحارية متكررة");
        for (FieldBinding elsewhere : java.util.List.of(
                new FieldBinding("support_request", "need_description", "rowB"),
                new FieldBinding("support_request", "decision_reason", "rowA"),
                new FieldBinding("support_request_note", "need_description", "rowA"),
                // The separator keeps the parts apart: no other split of the same characters matches.
                new FieldBinding("support_request", "need_descriptio", "nrowA"),
                FieldBinding.line("support_request", "need_description", "rowA", 0))) {
            assertThatThrownBy(() -> cipher.openText(sealed, elsewhere)).isInstanceOf(UnreadableValueException.class)
                    .hasMessageContaining(elsewhere.toString()).hasMessageNotContaining("انتحارية");
        }
        // A bound value is never read without its place.
        assertThatThrownBy(() -> cipher.decryptText(sealed)).isInstanceOf(UnreadableValueException.class);
        // Garbage after the marker fails the same way, not with an unrelated error.
        assertThatThrownBy(() -> cipher.openText("enc2:@@@", place)).isInstanceOf(UnreadableValueException.class);
        assertThatThrownBy(() -> cipher.openText("enc2:AAAA", place)).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void boundBytesOpenOnlyForTheirDocument() {
        FieldBinding first = new FieldBinding("support_request_document_content", "content", "41");
        byte[] pdf = "%PDF-1.7 a medical report".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = cipher.seal(pdf, first);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).startsWith("ENC2").doesNotContain("%PDF");
        assertThat(cipher.open(sealed, first)).isEqualTo(pdf);
        assertThatThrownBy(() -> cipher.open(sealed, new FieldBinding("support_request_document_content", "content",
                "42"))).isInstanceOf(UnreadableValueException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void unboundAndPlainValuesStillReadWhereverTheyAre() {
        FieldBinding place = new FieldBinding("notification", "body", "k");
        assertThat(cipher.openText(cipher.encryptText("قديم"), place)).isEqualTo("قديم");
        assertThat(cipher.openText("نص قبل التشفير", place)).isEqualTo("نص قبل التشفير");
        byte[] old = cipher.encrypt(new byte[] {1, 2, 3});
        assertThat(cipher.open(old, place)).containsExactly(1, 2, 3);
        assertThat(FieldCipher.isBoundText(cipher.sealText("x", place))).isTrue();
        assertThat(FieldCipher.isBoundText(cipher.encryptText("x"))).isFalse();
    }

    @Test
    void theKeyFileIsOwnerOnlyFromItsCreation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data-key");
        DataKeys.createOwnerOnly(file, "local:" + key(7) + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("local:" + key(7) + "\n");
        // Written in a temporary file made owner-only and moved into place: nothing is left beside it.
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
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
