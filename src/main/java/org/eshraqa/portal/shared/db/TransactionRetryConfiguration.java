package org.eshraqa.portal.shared.db;

import java.lang.reflect.Method;
import java.time.Duration;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Puts {@link TransactionRetry} around every method that gets a transaction from
 * {@code @Transactional}, outside the transaction interceptor: Boot's transaction advisor has
 * order {@link Ordered#LOWEST_PRECEDENCE} (innermost), this one comes just before it.
 * {@code portal.db.retry.max-attempts} (default 3, including the first) and
 * {@code portal.db.retry.backoff} (default 20 ms, doubled per attempt, jittered) tune it.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class TransactionRetryConfiguration {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor transactionRetryAdvisor(
            @Value("${portal.db.retry.max-attempts:3}") int maxAttempts,
            @Value("${portal.db.retry.backoff:20ms}") Duration backoff) {
        // Its own attribute source, reading the same annotations as the transaction interceptor's:
        // a static advisor bean must not pull other beans in early.
        TransactionAttributeSource transactional = new AnnotationTransactionAttributeSource(false);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return transactional.getTransactionAttribute(method, targetClass) != null;
            }
        }, new TransactionRetry(maxAttempts, backoff));
        advisor.setOrder(ORDER);
        return advisor;
    }
}
