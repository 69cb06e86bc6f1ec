package org.eshraqa.portal.notifications;

import java.util.List;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.surveys.SurveyInvited;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.messaging.Outbox;
import org.eshraqa.portal.messaging.Purpose;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites people to rate a service, and reminds them once: a bell entry that opens "My surveys"
 * (so the link never sits in the notification table) and a mail with the single-use link. Each
 * through its own listener of the event publication registry, deduplicated by invitation.
 */
@Component
class SurveyNotifications {

    private final Deliveries deliveries;
    private final Surveys surveys;
    private final Outbox outbox;

    SurveyNotifications(Deliveries deliveries, Surveys surveys, Outbox outbox) {
        this.deliveries = deliveries;
        this.surveys = surveys;
        this.outbox = outbox;
    }

    private static String key(SurveyInvited event) {
        return "survey:" + event.invitationId() + (event.reminder() ? ":reminder" : "");
    }

    private Deliveries.News news(SurveyInvited event) {
        return new Deliveries.News(
                locale -> deliveries.text(event.reminder() ? "notify.survey.reminder" : "notify.survey.title", locale),
                locale -> deliveries.text("notify.survey.body." + event.trigger().name(), locale));
    }

    @ApplicationModuleListener
    void inApp(SurveyInvited event) {
        deliveries.inApp(event.accountId(), key(event), news(event), "surveys");
    }

    @ApplicationModuleListener
    void mail(SurveyInvited event) {
        surveys.linkFor(event.invitationId()).ifPresent(link -> deliveries.mailWithLink(event.accountId(), key(event),
                news(event), locale -> List.of(news(event).body(locale),
                        deliveries.text("notify.survey.right", locale),
                        deliveries.text("notify.survey.until", locale, PortalDates.both(event.expiresAt(), locale))),
                link, "mail.openSurvey"));
    }

    /**
     * By text message or WhatsApp, as the person chose: the single-use link in the template's one
     * parameter, or after the text message's sentence.
     */
    @ApplicationModuleListener
    void phone(SurveyInvited event) {
        surveys.linkFor(event.invitationId()).ifPresent(link -> outbox.notify(new Outbox.Notice(event.accountId(),
                key(event), Purpose.SURVEY, null, null, Outbox.Templates.SURVEY, locale -> List.of(link),
                locale -> deliveries.text("notify.survey.sms", locale, link))));
    }
}
