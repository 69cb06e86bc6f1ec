package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.eshraqa.portal.messaging.Outbox;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The claim code goes to the number given, in Arabic then English, at once through the messaging
 * module (which keeps it out of the log and the outbox: {@code LoggingSmsGatewayTest}, {@code OutboxTest}).
 */
class ClaimCodeSmsTest {

    record Sent(String mobile, String text, String key) {
    }

    private static ClaimCodeSms sms(Outbox outbox) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ClaimCodeSms(outbox, messages);
    }

    @Test
    void aProviderGetsTheCodeInBothLanguagesWithTheWarning() {
        List<Sent> sent = new ArrayList<>();
        Outbox outbox = mock(Outbox.class);
        doAnswer(call -> sent.add(new Sent(call.getArgument(0), call.getArgument(1), call.getArgument(3))))
                .when(outbox).sendCodeNow(anyString(), anyString(), eq("042917"), anyString());
        sms(outbox).send("+966512345678", "042917", Duration.ofMinutes(10), "claim-code:7");
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.mobile()).isEqualTo("+966512345678");
            assertThat(s.key()).isEqualTo("claim-code:7");
            assertThat(s.text()).startsWith("إشراقة: رمز ربط طلبك بحساب في البوابة هو 042917، ويصلح مدة 10 دقائق.")
                    .contains("لا تعطه لأحد")
                    .endsWith("Never share it with anyone, including our staff. If you did not ask for it, ignore"
                            + " this message.");
        });
    }
}
