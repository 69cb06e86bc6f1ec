package org.eshraqa.portal.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The documented variable PORTAL_DATA_KEYS reaches the cipher, as docs/operations.md says. */
class DataKeysConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(CryptoConfiguration.class)
            .withPropertyValues("spring.datasource.url=jdbc:mariadb://db.example/portal");

    @Test
    void portalDataKeysConfiguresTheKeysForAnExternalDatabase() {
        runner.withSystemProperties("PORTAL_DATA_KEYS=k2026:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(DataKeys.class).currentId()).isEqualTo("k2026");
                });
    }

    @Test
    void withoutKeysAnExternalDatabaseIsRefused() {
        runner.run(context -> assertThat(context).hasFailed());
    }
}
