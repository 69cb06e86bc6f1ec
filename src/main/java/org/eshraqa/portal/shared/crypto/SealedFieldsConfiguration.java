package org.eshraqa.portal.shared.crypto;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs the cipher for {@link SealedFields} and registers migration V44_1 with it. Flyway runs
 * before JPA starts, and this customizer is made before Flyway, so the cipher is in place before
 * any entity is read or written.
 */
@Configuration(proxyBeanMethods = false)
class SealedFieldsConfiguration {

    @Bean
    FlywayConfigurationCustomizer sealedFieldsMigration(FieldCipher cipher) {
        SealedFields.install(cipher);
        return flyway -> flyway.javaMigrations(new V44_1__Seal_and_bind_fields(cipher));
    }
}
