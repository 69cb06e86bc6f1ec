package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.messaging.CaseKind;
import org.eshraqa.portal.messaging.Outbox;
import org.eshraqa.portal.messaging.Purpose;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A change of a request goes to the messaging module's outbox as one notice: the text message in
 * the person's language and the WhatsApp template's parameters (number and state), keyed by the
 * event. Whether and how it is sent (channel, consent, "STOP") is the outbox's: {@code OutboxTest}.
 */
class RequestSmsTest {

    private final Outbox outbox = mock(Outbox.class);

    private RequestNotifications notifications() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new RequestNotifications(mock(NotificationRepository.class), mock(Mailer.class), outbox,
                mock(Accounts.class), mock(PersonalDataRights.class), messages, Clock.systemUTC(),
                "https://portal.example/");
    }

    private static SupportRequestStateChanged change(long accountId, RequestState to) {
        return new SupportRequestStateChanged(41, "ESH-2026-000041", accountId, RequestState.IN_VERIFICATION, to,
                "internal-looking text that must not travel by SMS", 3);
    }

    @Test
    void theNoticeCarriesTheStateInEachLanguageAndTheTemplatesParameters() {
        notifications().sms(change(7, RequestState.NEEDS_INFO));

        ArgumentCaptor<Outbox.Notice> notice = ArgumentCaptor.forClass(Outbox.Notice.class);
        verify(outbox).notify(notice.capture());
        Outbox.Notice sent = notice.getValue();
        assertThat(sent.accountId()).isEqualTo(7);
        assertThat(sent.dedupeKey()).isEqualTo("request-state:41:3");
        assertThat(sent.purpose()).isEqualTo(Purpose.CASE_UPDATE);
        assertThat(sent.caseKind()).isEqualTo(CaseKind.REQUEST);
        assertThat(sent.caseId()).isEqualTo(41L);
        assertThat(sent.template()).isEqualTo(Outbox.Templates.CASE_UPDATE);
        assertThat(sent.text().apply(Locale.forLanguageTag("ar"))).isEqualTo("طلبك ESH-2026-000041: بانتظار معلومات منك");
        assertThat(sent.text().apply(Locale.ENGLISH)).isEqualTo("Your request ESH-2026-000041: Waiting for information from you");
        assertThat(sent.parameters().apply(Locale.forLanguageTag("ar")))
                .isEqualTo(List.of("ESH-2026-000041", "بانتظار معلومات منك"));
        assertThat(sent.text().apply(Locale.ENGLISH)).doesNotContain("internal-looking");
    }

    @Test
    void noNoticeForADraft() {
        notifications().sms(change(7, RequestState.DRAFT));
        verify(outbox, never()).notify(any());
    }
}
