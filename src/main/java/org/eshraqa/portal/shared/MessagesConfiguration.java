package org.eshraqa.portal.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles {@code messages_ar} and {@code messages_en}, for the UI and for mails.
 * Defined here because Boot only configures one when a base {@code messages.properties} exists,
 * and the portal deliberately has none: Arabic is the fallback, whatever the server's locale.
 * Counts agree with their number ({@link PortalMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new PortalMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.forLanguageTag("ar"));
        return source;
    }
}
