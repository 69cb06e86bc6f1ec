package org.eshraqa.portal.messaging;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The providers, each present only when its credentials are configured (docs/operations.md):
 * without them text messages go to the log and WhatsApp is not offered as a way out.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    @Conditional(UnifonicConfigured.class)
    UnifonicSms unifonicSms(@Value("${portal.messaging.sms.unifonic.base-url:https://el.cloud.unifonic.com}") String baseUrl,
                            @Value("${portal.messaging.sms.unifonic.app-sid}") String appSid,
                            @Value("${portal.messaging.sms.unifonic.sender-id}") String senderId,
                            @Value("${portal.messaging.connect-timeout:PT5S}") Duration connectTimeout,
                            @Value("${portal.messaging.timeout:PT15S}") Duration timeout, JsonMapper json) {
        return new UnifonicSms(baseUrl, appSid, senderId, connectTimeout, timeout, json);
    }

    @Bean
    @Conditional(WhatsAppConfigured.class)
    WhatsAppCloudApi whatsAppCloudApi(
            @Value("${portal.messaging.whatsapp.base-url:https://graph.facebook.com}") String baseUrl,
            @Value("${portal.messaging.whatsapp.api-version:v23.0}") String version,
            @Value("${portal.messaging.whatsapp.phone-number-id}") String phoneNumberId,
            @Value("${portal.messaging.whatsapp.access-token}") String token,
            @Value("${portal.messaging.connect-timeout:PT5S}") Duration connectTimeout,
            @Value("${portal.messaging.timeout:PT15S}") Duration timeout,
            @Value("${portal.messaging.max-media-bytes:10MB}") DataSize maxMedia, JsonMapper json) {
        return new WhatsAppCloudApi(baseUrl, version, phoneNumberId, token, connectTimeout, timeout, maxMedia.toBytes(),
                json);
    }

    static final class UnifonicConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("portal.messaging.sms.unifonic.app-sid"))
                    && StringUtils.hasText(context.getEnvironment().getProperty("portal.messaging.sms.unifonic.sender-id"));
        }
    }

    static final class WhatsAppConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return StringUtils.hasText(env.getProperty("portal.messaging.whatsapp.phone-number-id"))
                    && StringUtils.hasText(env.getProperty("portal.messaging.whatsapp.access-token"));
        }
    }
}
