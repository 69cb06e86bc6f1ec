package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo data only when asked for: never by default, whatever the database. */
class DemoModeTest {

    @Test
    void offUnlessAskedFor() {
        assertThat(DemoMode.isOn(new MockEnvironment())).as("embedded database, nothing set").isFalse();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/p")))
                .isFalse();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("portal.demo.enabled", "false"))).isFalse();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("portal.demo.enabled", ""))).isFalse();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("portal.demo.enabled", "true"))).isTrue();
    }
}
