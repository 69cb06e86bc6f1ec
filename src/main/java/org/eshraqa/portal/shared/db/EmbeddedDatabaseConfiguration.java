package org.eshraqa.portal.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.eshraqa.portal.shared.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB and points the {@link DataSource} at it when no
 * {@code spring.datasource.url} is configured. With a URL, Boot's own DataSource is used and
 * nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "portal";

    /** Beside the data key: {@code ${portal.data-dir}/db-password}, readable by its owner only. */
    static final String PASSWORD_FILE = "db-password";

    /**
     * Outside demo mode root gets a generated password (kept in {@value #PASSWORD_FILE}); once it
     * has one, demo mode uses it too. A temporary (test) server stays without.
     */
    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${portal.data-dir}") Path dataDir,
                                    @Value("${portal.embedded-db.ephemeral:false}") boolean ephemeral,
                                    Environment environment) {
        if (ephemeral) {
            return EmbeddedMariaDb.startOnce(null, DATABASE);
        }
        return EmbeddedMariaDb.startOnce(dataDir.resolve("mariadb"), DATABASE, dataDir.resolve(PASSWORD_FILE),
                !DemoMode.isOn(environment));
    }

    /** Pool settings ({@code spring.datasource.hikari.*}) apply here as they do to Boot's own pool. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db, DataSourceProperties properties) {
        properties.setUrl(db.jdbcUrl(DATABASE));
        properties.setUsername("root");
        properties.setPassword(db.rootPassword());
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        // A local server answers at once; do not let a stopped one stall shutdown for 30 s.
        pool.setConnectionTimeout(5_000);
        return pool;
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
