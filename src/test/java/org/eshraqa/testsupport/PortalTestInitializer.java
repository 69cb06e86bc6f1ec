package org.eshraqa.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the portal at the test servers of {@link TestInfrastructure}, and gives it a
 * {@link RecordingSms} as its SMS gateway.
 */
class PortalTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        TestInfrastructure.get().register(properties);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("portal-test", properties));
        context.getBeanFactory().registerSingleton("recordingSms", new RecordingSms());
    }
}
