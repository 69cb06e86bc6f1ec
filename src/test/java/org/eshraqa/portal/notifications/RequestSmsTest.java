package org.eshraqa.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eshraqa.portal.identity.AccountStatus;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.OptionalUse;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The SMS on a request change goes through the deployment's own gateway when it has one. */
class RequestSmsTest {

    record Sent(String mobile, String text, String key) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final SmsGateway provider = (mobile, text, key) -> sent.add(new Sent(mobile, text, key));
    private final Accounts accounts = mock(Accounts.class);
    private final PersonalDataRights rights = mock(PersonalDataRights.class);

    private RequestNotifications notifications(Map<String, Object> beans) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new RequestNotifications(mock(NotificationRepository.class), mock(Mailer.class),
                new StaticListableBeanFactory(beans).getBeanProvider(SmsGateway.class), accounts, rights, messages,
                Clock.systemUTC(), "https://portal.example/");
    }

    private void person(long id, String mobile, String language) {
        when(rights.allows(id, OptionalUse.SMS_UPDATES)).thenReturn(true);
        when(accounts.summaryOf(id)).thenReturn(Optional.of(new AccountSummary(id, "p" + id + "@example.org",
                "نورة", mobile, AccountStatus.ACTIVE, Set.of(Role.BENEFICIARY), language, Instant.now())));
    }

    private static SupportRequestStateChanged change(long accountId, RequestState to) {
        return new SupportRequestStateChanged(41, "ESH-2026-000041", accountId, RequestState.IN_VERIFICATION, to,
                "internal-looking text that must not travel by SMS", 3);
    }

    @Test
    void aProvidersGatewayCarriesTheStateInThePersonsLanguageWithTheEventsKey() {
        person(7, "+966512345678", "ar");
        person(8, "+966598765432", "en");
        RequestNotifications notifications = notifications(Map.of("provider", provider));

        notifications.sms(change(7, RequestState.NEEDS_INFO));
        notifications.sms(change(8, RequestState.ACCEPTED));

        assertThat(sent).containsExactly(
                new Sent("+966512345678", "طلبك ESH-2026-000041: بانتظار معلومات منك", "request-state:41:3"),
                new Sent("+966598765432", "Your request ESH-2026-000041: Accepted", "request-state:41:3"));
    }

    @Test
    void noSmsForADraftOrAPersonWithoutAMobile() {
        person(7, "+966512345678", "ar");
        person(9, null, "ar");
        RequestNotifications notifications = notifications(Map.of("provider", provider));

        notifications.sms(change(7, RequestState.DRAFT));
        notifications.sms(change(9, RequestState.ACCEPTED));

        assertThat(sent).isEmpty();
    }

    @Test
    void noSmsForAPersonWhoStoppedTextMessages() {
        person(7, "+966512345678", "ar");
        when(rights.allows(7, OptionalUse.SMS_UPDATES)).thenReturn(false);
        RequestNotifications notifications = notifications(Map.of("provider", provider));

        notifications.sms(change(7, RequestState.ACCEPTED));

        assertThat(sent).isEmpty();
    }

    @Test
    void withoutAProviderTheMessageOnlyGoesToTheLog() {
        person(7, "+966512345678", "ar");
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsGateway.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            notifications(Map.of("unrelated", "not a gateway")).sms(change(7, RequestState.ACCEPTED));
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(sent).as("the provider of the other tests is not registered here").isEmpty();
        assertThat(appender.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                .contains("…5678").doesNotContain("512345678").contains("request-state:41:3")
                .contains("طلبك ESH-2026-000041: مقبول"));
    }
}
