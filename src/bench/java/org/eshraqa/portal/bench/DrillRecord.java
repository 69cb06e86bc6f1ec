package org.eshraqa.portal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the simulation's people saw, one line per fact, for the cluster fault drill
 * ({@code src/cluster/drill.sh}) to check against the database afterwards: {@code submitted EMAIL}
 * (the receipt was shown), {@code survey EMAIL TOKEN} (the thanks page was shown), {@code lost EMAIL NODE}
 * (a step failed: the node that held the page is gone, or an error), then {@code recovered EMAIL MILLIS}
 * (the page reloaded, signed in by the remember-me cookie, that many milliseconds after the failure) or
 * {@code signin EMAIL} (the person had to type the password again). Written to {@code bench.recordFile};
 * without it nothing is written.
 */
final class DrillRecord {

    private static final BufferedWriter OUT = open(System.getProperty("bench.recordFile"));

    private DrillRecord() {
    }

    private static BufferedWriter open(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void write(String... fields) {
        if (OUT == null) {
            return;
        }
        try {
            OUT.write(System.currentTimeMillis() + " " + String.join(" ", fields));
            OUT.newLine();
            OUT.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
