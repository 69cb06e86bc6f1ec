package org.eshraqa.portal.shared.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/**
 * Applies {@link MigrationMode}: how Flyway runs at start, and for {@code migrate-only} a start
 * that ends as soon as the context stands. {@link MigrateOnlyEnvironment} has already put the web
 * server on a free loopback port and turned off the republication of events for that mode.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean
    FlywayMigrationStrategy portalMigrationStrategy(Environment environment) {
        MigrationMode mode = MigrationMode.of(environment);
        return mode::apply;
    }

    /** No {@code @Scheduled} job is even scheduled in a migrate-only start. */
    @Bean
    @ConditionalOnProperty(name = MigrationMode.PROPERTY, havingValue = "migrate-only")
    static BeanFactoryPostProcessor noSchedulingWhenMigratingOnly() {
        return beanFactory -> {
            if (beanFactory instanceof BeanDefinitionRegistry registry
                    && registry.containsBeanDefinition(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)) {
                registry.removeBeanDefinition(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME);
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = MigrationMode.PROPERTY, havingValue = "migrate-only")
    MigrateOnlyExit migrateOnlyExit(ConfigurableApplicationContext context) {
        return new MigrateOnlyExit(context);
    }

    /**
     * Runs before every other runner (first administrator, demo data, search text): closes the
     * context and ends the JVM with status 0. It must end the JVM: Boot would call the other
     * runners after this one even on a closed context.
     */
    static final class MigrateOnlyExit implements ApplicationRunner, Ordered {

        private static final Logger log = LoggerFactory.getLogger(MigrateOnlyExit.class);

        private final ConfigurableApplicationContext context;

        MigrateOnlyExit(ConfigurableApplicationContext context) {
            this.context = context;
        }

        @Override
        public void run(ApplicationArguments args) {
            log.info("Migrate-only start done; stopping");
            System.exit(SpringApplication.exit(context, () -> 0));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
