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

    /** A body of {@code length} bytes that exist only as they are read. */
    private static java.io.InputStream generated(long length) {
        return new java.io.InputStream() {
            long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    @Test
    void aBodyIsReadUpToTheLimitAndNotAByteMoreWhateverItsStatedLength() throws Exception {
        long max = 1000;
        assertThat(UploadRules.readAtMost(generated(1000), -1, max)).get().extracting(b -> b.length).isEqualTo(1000);
        assertThat(UploadRules.readAtMost(generated(1000), 1000, max)).get().extracting(b -> b.length).isEqualTo(1000);
        assertThat(UploadRules.readAtMost(generated(0), -1, max)).get().extracting(b -> b.length).isEqualTo(0);
        byte[] joined = UploadRules.readAtMost(generated(200_000), -1, 300_000).orElseThrow();
        assertThat(joined).as("several pieces, joined").hasSize(200_000).containsOnly('x');
        for (long length : new long[] {1001, 5000, 10L * 1024 * 1024 * 1024}) {
            CountingStream in = new CountingStream(generated(length));
            assertThat(UploadRules.readAtMost(in, -1, max)).as("unstated %d", length).isEmpty();
            assertThat(in.count).as("bytes read of %d", length).isEqualTo(max + 1);
            CountingStream stated = new CountingStream(generated(length));
            assertThat(UploadRules.readAtMost(stated, length, max)).as("stated %d", length).isEmpty();
            assertThat(stated.count).as("a stated length over the limit is not read").isZero();
        }
        CountingStream lying = new CountingStream(generated(5000));
        assertThat(UploadRules.readAtMost(lying, 10, max)).as("longer than it said").isEmpty();
        assertThat(lying.count).isEqualTo(11);
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
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
