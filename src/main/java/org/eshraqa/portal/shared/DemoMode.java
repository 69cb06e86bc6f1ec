package org.eshraqa.portal.shared;

import org.springframework.core.env.Environment;

/**
 * Whether to seed demo accounts and data, and to keep whole mail copies for a newcomer without a
 * mail server: only when {@code portal.demo.enabled=true} is asked for (the README's
 * {@code ./mvnw spring-boot:run} does, {@code java -jar} does not). Off by default on every database.
 */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean isOn(Environment environment) {
        return environment.getProperty("portal.demo.enabled", Boolean.class, false);
    }
}
