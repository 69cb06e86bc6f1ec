package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.eshraqa.portal.requests.Samples;
import org.junit.jupiter.api.Test;

/** The upload rules on their own: type by content, names, and files that would overwhelm a viewer. */
class UploadRulesTest {

    private static final long MAX = 10L * 1024 * 1024;

    private static void refused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> UploadRules.check("f", name, content, MAX))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(java.util.Map.entry("f", key)));
    }

    @Test
    void realSmallFilesOfEachTypePass() {
        assertThat(UploadRules.check("f", "a.pdf", Samples.pdf(), MAX).mediaType()).isEqualTo("application/pdf");
        assertThat(UploadRules.check("f", "a.png", Samples.png(), MAX).mediaType()).isEqualTo("image/png");
        assertThat(UploadRules.check("f", "a.jpeg", Samples.jpeg(), MAX).mediaType()).isEqualTo("image/jpeg");
        assertThat(UploadRules.check("f", "photo.png", Samples.pngClaiming(8160, 6120), MAX).mediaType())
                .as("a 50-megapixel phone photo").isEqualTo("image/png");
    }

    @Test
    void anImageWhoseHeaderClaimsAHugeSizeIsRefusedWithoutDecodingIt() {
        byte[] bomb = Samples.pngClaiming(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);
        refused("scan.png", bomb, "document.imageTooLarge");
        refused("strip.png", Samples.pngClaiming(30_000, 10), "document.imageTooLarge");
    }

    @Test
    void anImageWhoseSizeCannotBeReadIsRefused() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1,
                0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
        refused("id.jpg", broken, "document.unreadable");
    }

    @Test
    void aSmallPdfThatInflatesBeyondTheLimitIsRefusedAndAnOrdinaryCompressedOnePasses() {
        byte[] bomb = Samples.pdfUnpackingTo(UploadRules.MAX_PDF_UNPACKED_BYTES + (1 << 20));
        assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);
        refused("report.pdf", bomb, "document.pdfTooLarge");
        byte[] ordinary = Samples.pdfUnpackingTo(2L * 1024 * 1024);
        assertThat(UploadRules.check("f", "report.pdf", ordinary, MAX).mediaType()).isEqualTo("application/pdf");
        assertThat(UploadRules.pdfUnpacksBeyond(ordinary, 2L * 1024 * 1024 - 1)).as("its stream is counted").isTrue();
    }

    @Test
    void aRenamedExecutableAnEmptyFileAndAMismatchedNameAreRefused() {
        refused("report.pdf", Samples.notAPdf(), "document.type");
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        refused("report.pdf", elf, "document.type");
        refused("report.pdf", "MZ\u0090\0\3\0\0\0".getBytes(StandardCharsets.ISO_8859_1), "document.type");
        refused("report.pdf", new byte[0], "document.empty");
        refused("report.pdf", Samples.png(), "document.mismatch");
    }

    @Test
    void aNameKeepsOnlyItsLastSegmentAndNoControlCharacters() {
        assertThat(UploadRules.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(UploadRules.safeName("C:\\x\\y.pdf")).isEqualTo("y.pdf");
        assertThat(UploadRules.safeName("a\u0000b\u001Fc\u007F.pdf")).isEqualTo("a_b_c_.pdf");
        assertThat(UploadRules.safeName("<img src=x onerror=alert(1)>.pdf")).doesNotContain("<", ">");
        assertThat(UploadRules.safeName("/")).isEqualTo("document");
    }
}
