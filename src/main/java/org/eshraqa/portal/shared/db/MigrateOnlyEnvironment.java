package org.eshraqa.portal.shared.db;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * For {@code portal.db.migrations=migrate-only}: the web server only on a free loopback port,
 * closed again as soon as the context stands, and no republication of outstanding events; both
 * are decided before the context is created, hence here and not in a configuration class. (No
 * web server at all is not possible: Vaadin's security configurer needs a web application
 * context.) For {@code validate} (a node of a cluster): no
 * republication at start either (not meant for several instances, spring-modulith#926); the
 * ShedLock-guarded redelivery job resubmits instead. Registered in {@code META-INF/spring.factories}.
 */
public class MigrateOnlyEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        switch (MigrationMode.of(environment)) {
            case MIGRATE_ONLY -> environment.getPropertySources().addFirst(new MapPropertySource(
                    "portalMigrateOnly", Map.of(
                            "server.port", "0",
                            "server.address", "127.0.0.1",
                            "spring.modulith.events.republish-outstanding-events-on-restart", "false")));
            case VALIDATE -> environment.getPropertySources().addFirst(new MapPropertySource(
                    "portalClusterNode", Map.of(
                            "spring.modulith.events.republish-outstanding-events-on-restart", "false")));
            case MIGRATE -> { }
        }
    }
}
