package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The claim code goes to the number given, in Arabic then English, and never into the log. */
class ClaimCodeSmsTest {

    record Sent(String mobile, String text, String key) {
    }

    private static ClaimCodeSms sms(Map<String, Object> beans) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ClaimCodeSms(new StaticListableBeanFactory(beans).getBeanProvider(SmsGateway.class), messages);
    }

    @Test
    void aProviderGetsTheCodeInBothLanguagesWithTheWarning() {
        List<Sent> sent = new ArrayList<>();
        SmsGateway provider = (mobile, text, key) -> sent.add(new Sent(mobile, text, key));
        sms(Map.of("provider", provider)).send("+966512345678", "042917", Duration.ofMinutes(10), "claim-code:7");
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.mobile()).isEqualTo("+966512345678");
            assertThat(s.key()).isEqualTo("claim-code:7");
            assertThat(s.text()).startsWith("إشراقة: رمز ربط طلبك بحساب في البوابة هو 042917، ويصلح مدة 10 دقائق.")
                    .contains("لا تعطه لأحد")
                    .endsWith("Never share it with anyone, including our staff. If you did not ask for it, ignore"
                            + " this message.");
        });
    }

    @Test
    void withoutAProviderTheLogNeverShowsTheCode() {
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsGateway.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            sms(Map.of()).send("+966512345678", "042917", Duration.ofMinutes(10), "claim-code:8");
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("042917").doesNotContain("512345678").contains("••••••").contains("claim-code:8"));
    }
}
