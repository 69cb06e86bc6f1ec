package org.eshraqa.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eshraqa.portal.PortalApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starts of a cluster: cluster nodes ({@code validate}) refuse a database with a pending
 * migration and never migrate it; the one {@code migrate-only} start migrates and ends on its
 * own; then a node starts. The portal runs here as {@code java -jar} runs it, on a database of its
 * own (an "external" one to the portal), in a JVM of its own (pom: execution migration-modes).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationModesTest {

    private static final String KEYS = "t:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static EmbeddedMariaDb db;
    private static String url;

    @BeforeAll
    static void database() {
        db = EmbeddedMariaDb.startOnce(null, "migration_modes");
        url = db.jdbcUrl("migration_modes");
        // A database at the first migration only, as an older release left it.
        Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").target("1")
                .load().migrate();
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.stop();
        }
    }

    @Test
    @Order(1)
    void aClusterNodeRefusesToStartOnADatabaseWithPendingMigrationsAndDoesNotMigrate() {
        assertThatThrownBy(() -> start("validate").close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.db.migrations=validate")
                .hasMessageContaining("not yet applied")
                .hasMessageContaining("--portal.db.migrations=migrate-only");

        assertThat(appliedMigrations()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theMigrateOnlyStartMigratesAndEndsWithoutServing() throws Exception {
        // In a JVM of its own, as java -jar runs it: the start ends the JVM itself.
        Path log = Files.createTempFile("migrate-only", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), PortalApplication.class.getName()));
        command.addAll(arguments("migrate-only"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("ended by itself").isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("Migrate-only start done")
                    .doesNotContain("Tomcat started on port 8080")
                    .containsPattern("Tomcat started on port \\d+ \\(http\\)");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }

        Flyway flyway = Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(appliedMigrations()).isEqualTo(flyway.info().applied().length).isGreaterThan(1);
        // Neither demo data nor a first administrator: the start ended before those runners.
        assertThat(count("select count(*) from account")).isZero();
    }

    @Test
    @Order(3)
    void aClusterNodeStartsOnTheMigratedDatabase() {
        try (ConfigurableApplicationContext context = start("validate")) {
            assertThat(context.isActive()).isTrue();
            assertThat(context.getEnvironment().getProperty(
                    "spring.modulith.events.republish-outstanding-events-on-restart")).isEqualTo("false");
        }
    }

    private static ConfigurableApplicationContext start(String mode) {
        return new SpringApplicationBuilder(PortalApplication.class).run(arguments(mode).toArray(String[]::new));
    }

    /**
     * Command-line arguments, which outrank application.properties, as on a real start. The
     * migrate-only start chooses its loopback port itself; the nodes get a free one here.
     */
    private static List<String> arguments(String mode) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--portal.crypto.keys=" + KEYS,
                "--portal.demo.enabled=true",
                "--vaadin.devmode.devTools.enabled=false",
                "--portal.db.migrations=" + mode));
        if (!mode.equals("migrate-only")) {
            arguments.addAll(List.of("--server.port=0", "--server.address=127.0.0.1"));
        }
        return arguments;
    }

    private static int appliedMigrations() {
        return count("select count(*) from flyway_schema_history where success = 1 and version is not null");
    }

    private static int count(String sql) {
        try (Connection c = DriverManager.getConnection(url, "root", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
