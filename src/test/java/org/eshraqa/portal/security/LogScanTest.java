package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the whole suite (its own Surefire execution) and reads the log the suite wrote to
 * {@code target/test-logs}: none of the national IDs, passwords or health text the tests typed or
 * stored may appear in it. The demo accounts' password is printed on purpose in demo mode (it is
 * public, in the README) and is not a person's secret, so it is not searched for.
 */
class LogScanTest {

    /** Values the tests put in: a national ID, a described need, a survey comment, the passwords people chose. */
    private static final List<String> SECRETS = List.of(
            "1000000008",
            "أحتاج دعمًا نفسيًا لي ولأسرتي",
            "الموظفة كانت لطيفة",
            "Sara-strong-2026",
            "my-Strong-pass-42",
            "Amal-strong-2026",
            "Lama-strong-2026");

    @Test
    void theSuitesLogHoldsNoIdPasswordOrHealthText() throws IOException {
        Path dir = Path.of("target", "test-logs");
        assertThat(dir).as("the suite wrote its log (run through ./mvnw verify)").isDirectory();
        StringBuilder all = new StringBuilder();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            try (InputStream in = file.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(all.length()).as("a log of the whole suite, not an empty file").isGreaterThan(100_000);
        assertThat(all).as("the log of a run that sent the mails of real journeys").contains("Mail sent to");
        for (String secret : SECRETS) {
            int at = all.indexOf(secret);
            assertThat(at).as("found in the log: " + secret + " … "
                    + (at < 0 ? "" : all.substring(Math.max(0, at - 200), Math.min(all.length(), at + 100))))
                    .isNegative();
        }
    }
}
