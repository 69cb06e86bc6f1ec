package org.eshraqa.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.eshraqa.testsupport.FreePorts;
import org.junit.jupiter.api.Test;

/** When CI names an external database, the smoke test fails on it rather than skipping. */
class ExternalDatabaseTest {

    @Test
    void notProvidedWhenTheUrlIsUnsetOrBlank() {
        assertThat(ExternalDatabase.fromEnvironment(Map.of())).isEmpty();
        assertThat(ExternalDatabase.fromEnvironment(Map.of(ExternalDatabase.URL, "  "))).isEmpty();
    }

    @Test
    void aProvidedDatabaseThatDoesNotAnswerFails() {
        ExternalDatabase nobody = ExternalDatabase.fromEnvironment(Map.of(ExternalDatabase.URL,
                "jdbc:mariadb://127.0.0.1:" + FreePorts.next() + "/portal_ci", "PORTAL_TEST_EXTERNAL_DB_USER", "ci"))
                .orElseThrow();
        assertThat(nobody.user()).isEqualTo("ci");
        assertThatThrownBy(nobody::requireReachable).isInstanceOf(AssertionError.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void aUrlThatIsNotMariaDbFails() {
        assertThatThrownBy(() -> ExternalDatabase.fromEnvironment(Map.of(ExternalDatabase.URL,
                "jdbc:mysql://localhost/portal_ci")).orElseThrow().requireReachable())
                .isInstanceOf(AssertionError.class).hasMessageContaining("not a MariaDB JDBC URL");
    }
}
