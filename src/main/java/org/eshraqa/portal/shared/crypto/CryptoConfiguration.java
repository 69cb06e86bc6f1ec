package org.eshraqa.portal.shared.crypto;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** Chooses the data keys (see {@link DataKeys}) and offers the cipher to the entities that seal their fields ({@link SealedFields}). */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    DataKeys dataKeys(@Value("${portal.crypto.keys:}") String configured,
                      @Value("${spring.datasource.url:}") String externalDatabase,
                      @Value("${portal.embedded-db.ephemeral:false}") boolean ephemeral,
                      @Value("${portal.data-dir}") Path dataDir) {
        if (StringUtils.hasText(configured)) {
            return DataKeys.parse(configured);
        }
        if (StringUtils.hasText(externalDatabase)) {
            throw new IllegalStateException("PORTAL_DATA_KEYS is not set: an external database needs the keys that "
                    + "encrypt sensitive fields (see docs/security.md for how to make one)");
        }
        return ephemeral ? DataKeys.ephemeral() : DataKeys.inDirectory(dataDir);
    }

    @Bean
    FieldCipher fieldCipher(DataKeys keys) {
        return new FieldCipher(keys);
    }
}
