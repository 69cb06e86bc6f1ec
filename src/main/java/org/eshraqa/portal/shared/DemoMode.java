package org.eshraqa.portal.shared;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether to seed demo accounts and data: {@code portal.demo.enabled} when set, otherwise on for
 * the embedded database only, never for a configured (external) one.
 */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean isOn(Environment environment) {
        String configured = environment.getProperty("portal.demo.enabled");
        if (StringUtils.hasText(configured)) {
            return Boolean.parseBoolean(configured);
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
