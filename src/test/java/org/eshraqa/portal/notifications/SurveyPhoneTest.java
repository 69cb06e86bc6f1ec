package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eshraqa.portal.messaging.Outbox;
import org.eshraqa.portal.messaging.Purpose;
import org.eshraqa.portal.surveys.SurveyInvited;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.surveys.TriggerType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The survey's single-use link goes to the outbox as the WhatsApp template's parameter and in the text. */
class SurveyPhoneTest {

    @Test
    void theLinkTravelsAsTheTemplatesParameterAndAtTheEndOfTheText() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Deliveries deliveries = new Deliveries(mock(NotificationRepository.class), mock(Mailer.class),
                mock(org.eshraqa.portal.identity.Accounts.class),
                mock(org.eshraqa.portal.identity.PersonalDataRights.class), messages, java.time.Clock.systemUTC(),
                "https://portal.example");
        Surveys surveys = mock(Surveys.class);
        Outbox outbox = mock(Outbox.class);
        String link = "https://portal.example/survey/AbC123";
        when(surveys.linkFor(9)).thenReturn(Optional.of(link));
        SurveyNotifications notifications = new SurveyNotifications(deliveries, surveys, outbox);

        notifications.phone(invited(9));

        ArgumentCaptor<Outbox.Notice> notice = ArgumentCaptor.forClass(Outbox.Notice.class);
        verify(outbox).notify(notice.capture());
        assertThat(notice.getValue().purpose()).isEqualTo(Purpose.SURVEY);
        assertThat(notice.getValue().template()).isEqualTo(Outbox.Templates.SURVEY);
        assertThat(notice.getValue().dedupeKey()).isEqualTo("survey:9");
        assertThat(notice.getValue().parameters().apply(Locale.forLanguageTag("ar"))).isEqualTo(List.of(link));
        assertThat(notice.getValue().text().apply(Locale.forLanguageTag("ar"))).startsWith("إشراقة:").endsWith(link);

        when(surveys.linkFor(10)).thenReturn(Optional.empty());
        notifications.phone(invited(10));
        // An invitation whose link is gone (answered, expired) sends nothing more.
        verify(outbox, times(1)).notify(any(Outbox.Notice.class));
    }

    private static SurveyInvited invited(long id) {
        return new SurveyInvited(id, 7, TriggerType.values()[0], false, Instant.now().plusSeconds(86400));
    }
}
