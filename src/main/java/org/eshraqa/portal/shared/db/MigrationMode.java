package org.eshraqa.portal.shared.db;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.PropertyResolver;

/**
 * What a start does with the Flyway migrations, from {@code portal.db.migrations}
 * ({@code PORTAL_DB_MIGRATIONS}).
 *
 * <ul>
 *   <li>{@code migrate} (default): migrate, then serve. One node, tests, development.</li>
 *   <li>{@code migrate-only}: migrate inside the full Spring context (Java migrations may need its
 *       beans), then close it and exit 0; the web server only on a free loopback port for
 *       those seconds, no scheduled jobs, no event republication. Run once before the cluster nodes start.</li>
 *   <li>{@code validate}: the nodes of a cluster. Never migrates: a pending, failed or changed
 *       migration stops the node with a message saying so. Flyway's lock is a lock of the one
 *       Galera node it runs on, so two nodes migrating at once would not wait for each other; with
 *       every node validating and a single migrate-only process, that cannot happen at all.</li>
 * </ul>
 */
public enum MigrationMode {
    MIGRATE, MIGRATE_ONLY, VALIDATE;

    public static final String PROPERTY = "portal.db.migrations";

    private static final Logger log = LoggerFactory.getLogger(MigrationMode.class);

    public static MigrationMode of(PropertyResolver environment) {
        String value = environment.getProperty(PROPERTY, "migrate").trim();
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "migrate", "" -> MIGRATE;
            case "migrate-only", "migrate_only" -> MIGRATE_ONLY;
            case "validate" -> VALIDATE;
            default -> throw new IllegalArgumentException(PROPERTY + "=" + value
                    + " is not one of migrate, migrate-only, validate");
        };
    }

    void apply(Flyway flyway) {
        switch (this) {
            case MIGRATE -> flyway.migrate();
            case MIGRATE_ONLY -> {
                var result = flyway.migrate();
                log.info("Migrate-only start: {} migration(s) applied, schema now at version {}",
                        result.migrationsExecuted, result.targetSchemaVersion != null
                                ? result.targetSchemaVersion : flyway.info().current() == null
                                ? "none" : flyway.info().current().getVersion());
            }
            case VALIDATE -> validate(flyway);
        }
    }

    private static void validate(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        String failed = describe(Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).toArray(MigrationInfo[]::new));
        if (!failed.isEmpty()) {
            throw refuse("the database holds failed migration(s) " + failed
                    + ": repair the schema by hand and run flyway repair before any node starts");
        }
        MigrationInfo[] pending = info.pending();
        if (pending.length > 0) {
            throw refuse(pending.length + " migration(s) not yet applied to the database (" + describe(pending)
                    + "): run the jar once with --" + PROPERTY + "=migrate-only, then start the nodes");
        }
        ValidateResult result = flyway.validateWithResult();
        if (!result.validationSuccessful) {
            throw refuse("the applied migrations differ from this build's: " + result.getAllErrorMessages());
        }
        log.info("Migrations validated (schema at version {}); this node does not migrate",
                info.current() == null ? "none" : info.current().getVersion());
    }

    private static String describe(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(m -> "V" + m.getVersion() + " " + m.getDescription())
                .collect(Collectors.joining(", "));
    }

    private static IllegalStateException refuse(String why) {
        String message = "This node starts with " + PROPERTY + "=validate and does not migrate, but " + why;
        log.error(message);
        return new IllegalStateException(message);
    }
}
