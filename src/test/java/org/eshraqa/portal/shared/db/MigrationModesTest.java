package org.eshraqa.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    void theMigrateOnlyStartMigratesAndEndsWithoutServing() {
        ConfigurableApplicationContext context = start("migrate-only");

        assertThat(context.isActive()).as("closed by the migrate-only start itself").isFalse();
        assertThat(appliedMigrations()).isEqualTo(Flyway.configure().dataSource(url, "root", "")
                .locations("classpath:db/migration").load().info().applied().length).isGreaterThan(1);
        assertThat(Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration")
                .load().info().pending()).isEmpty();
        assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(context.getEnvironment().getProperty("server.port")).isEqualTo("0");
        assertThat(context.getEnvironment().getProperty(
                "spring.modulith.events.republish-outstanding-events-on-restart")).isEqualTo("false");
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
        return new SpringApplicationBuilder(PortalApplication.class).properties(
                "spring.datasource.url=" + url,
                "spring.datasource.username=root",
                "spring.datasource.password=",
                "portal.crypto.keys=" + KEYS,
                "portal.demo.enabled=true",
                "portal.db.migrate-only.exit-jvm=false",
                "server.port=0",
                "server.address=127.0.0.1",
                "vaadin.devmode.devTools.enabled=false",
                "portal.db.migrations=" + mode).run();
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
