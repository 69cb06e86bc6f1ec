package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the whole suite (its own Surefire execution) and reads the log the suite wrote to
 * {@code target/test-logs}: none of the national IDs, passwords or health text the tests typed or
 * stored may appear in it, no e-mail address of a test account (the log names accounts by id) and
 * no name of a file the tests uploaded. The demo accounts' password is printed on purpose in demo
 * mode (it is public, in the README) and is not a person's secret, so it is not searched for; the
 * same goes for the demo accounts' list printed at a demo start.
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

    /** Addresses of the accounts the tests create or sign in with. */
    private static final Pattern TEST_ACCOUNT_EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\\.)*(?:example\\.(?:org|com)|demo\\.eshraqa\\.org\\.sa|portal\\.invalid"
                    + "|eshraqa\\.org\\.sa)", Pattern.CASE_INSENSITIVE);

    /** The sender address (configuration, not a person) may appear. */
    private static final String SENDER = "no-reply@eshraqa.org.sa";

    /** A line of the demo accounts' list that a demo start prints (public, in the README). */
    private static final Pattern DEMO_LISTING = Pattern.compile(
            "(?m)^\\s{2}[a-z]+@demo\\.eshraqa\\.org\\.sa\\s+\\[[A-Z_, ]+\\]\\s*$");

    /** A line of the test SMTP server's own log, which runs in the test JVM but is no part of the portal. */
    private static final Pattern TEST_MAIL_SERVER = Pattern.compile("(?m)^.*\\sc\\.icegreen\\.greenmail\\.\\S+\\s+:.*$");

    /** Names of files the tests upload (documents, CVs, images), in Arabic and Latin letters. */
    private static final List<String> UPLOADED_FILE_NAMES = List.of(
            "family-record.pdf", "prescription.pdf", "iqama.png", "report-2026.png", "وصفة.pdf", "هوية.png",
            "تقرير.pdf", "passwd.pdf", "income.pdf", "family.pdf", "scan.pdf", "scan.png", "cv.pdf", "cv.png",
            "report.pdf", "photo.png", "strip.png", "large.pdf", "empty.pdf", "prescription", "family-record");

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
        assertThat(Pattern.compile("Mail [a-z-]+ sent to account \\d+").matcher(all).find())
                .as("the log of a run that sent the mails of real journeys").isTrue();
        List<String> secrets = new ArrayList<>(SECRETS);
        secrets.addAll(UPLOADED_FILE_NAMES);
        for (String secret : secrets) {
            int at = all.indexOf(secret);
            assertThat(at).as("found in the log: " + secret + " … "
                    + (at < 0 ? "" : all.substring(Math.max(0, at - 200), Math.min(all.length(), at + 100))))
                    .isNegative();
        }
        // The test SMTP server (GreenMail) logs the addresses it receives for: not the portal's log.
        String withoutDemoListing = TEST_MAIL_SERVER.matcher(DEMO_LISTING.matcher(all).replaceAll("")).replaceAll("");
        Matcher email = TEST_ACCOUNT_EMAIL.matcher(withoutDemoListing);
        while (email.find()) {
            if (email.group().equalsIgnoreCase(SENDER)) {
                continue;
            }
            int at = email.start();
            throw new AssertionError("an e-mail address of a test account in the log: " + email.group() + " … "
                    + withoutDemoListing.substring(Math.max(0, at - 200), Math.min(withoutDemoListing.length(), at + 100)));
        }
    }

    /** The scan itself finds what it looks for. */
    @Test
    void theScanFindsAnAddressButNotTheDemoListing() {
        assertThat(TEST_ACCOUNT_EMAIL.matcher("Mail sent to person.123@example.org: x").find()).isTrue();
        assertThat(TEST_ACCOUNT_EMAIL.matcher("Mail sent to Officer@Demo.Eshraqa.org.sa").find()).isTrue();
        assertThat(TEST_ACCOUNT_EMAIL.matcher("Mail survey sent to account 42").find()).isFalse();
        String listing = "Demo mode: these accounts sign in with password x:\n  beneficiary@demo.eshraqa.org.sa"
                + "    [BENEFICIARY]\n  admin@demo.eshraqa.org.sa          [ADMIN]\nnext line";
        assertThat(TEST_ACCOUNT_EMAIL.matcher(DEMO_LISTING.matcher(listing).replaceAll("")).find()).isFalse();
    }
}
