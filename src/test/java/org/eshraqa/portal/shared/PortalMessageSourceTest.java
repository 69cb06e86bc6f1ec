package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Counts agree with their number, and Arabic numbers carry no Latin thousands comma. */
class PortalMessageSourceTest {

    private final MessageSource messages = new MessagesConfiguration().messageSource();
    private static final Locale AR = Locale.forLanguageTag("ar");

    private String ar(String key, Object... args) {
        return messages.getMessage(key, args, AR);
    }

    @Test
    void arabicCountsAgreeWithTheNumber() {
        assertThat(ar("queue.days", 14L)).isEqualTo("يبقى 14 يومًا");
        assertThat(ar("queue.days", 3L)).isEqualTo("يبقى 3 أيام");
        assertThat(ar("queue.days", 2L)).isEqualTo("يبقى يومان");
        assertThat(ar("queue.days", 1L)).isEqualTo("يبقى يوم واحد");
        assertThat(ar("queue.days", 100L)).isEqualTo("يبقى 100 يوم");
        assertThat(ar("queue.days", 0L)).isEqualTo("الموعد اليوم");
        assertThat(ar("queue.overdue", 2L)).isEqualTo("متأخر يومين");
        assertThat(ar("login.rememberMe.help", 14L)).endsWith("مدة تصل إلى 14 يومًا.");
        assertThat(messages.getMessage("login.rememberMe.help", new Object[] {14L}, Locale.ENGLISH))
                .endsWith("for up to 14 days.");
        assertThat(ar("claim.sent", "10")).as("a count handed over as text").contains("مدة 10 دقائق");
        assertThat(messages.getMessage("queue.days", new Object[] {1L}, Locale.ENGLISH)).isEqualTo("1 day left");
        assertThat(messages.getMessage("queue.days", new Object[] {14L}, Locale.ENGLISH)).isEqualTo("14 days left");
    }

    @Test
    void theCertificateSaysHoursAndOpportunities() {
        assertThat(ar("certificate.pdf.gave.MALE", new BigDecimal("0.17"), 1))
                .contains("ساعات تطوعه 0.17 ساعة في فرصة واحدة من فرصها");
        assertThat(ar("certificate.pdf.gave.FEMALE", new BigDecimal("12"), 3))
                .contains("ساعات تطوعها 12 ساعة في 3 فرص من فرصها");
        assertThat(messages.getMessage("certificate.pdf.gave.MALE", new Object[] {new BigDecimal("1"), 1},
                Locale.ENGLISH)).startsWith("gave 1 hour of volunteer work");
    }

    @Test
    void arabicNumbersHaveNoLatinThousandsComma() {
        assertThat(ar("inquiry.counter", 120, 4000)).isEqualTo("120 من 4000 حرف");
        assertThat(ar("volunteer.hours.total", 1234.5)).contains("1234.5").doesNotContain(",");
        assertThat(messages.getMessage("inquiry.counter", new Object[] {120, 4000}, Locale.ENGLISH))
                .isEqualTo("120 of 4,000 characters");
    }
}
