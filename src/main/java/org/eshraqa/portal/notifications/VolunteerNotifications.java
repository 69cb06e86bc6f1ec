package org.eshraqa.portal.notifications;

import java.util.List;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.volunteering.ApplicationState;
import org.eshraqa.portal.volunteering.EnrolmentChanged;
import org.eshraqa.portal.volunteering.Hours;
import org.eshraqa.portal.volunteering.VolunteerApplicationChanged;
import org.eshraqa.portal.volunteering.VolunteerHoursConfirmed;
import org.eshraqa.portal.volunteering.VolunteerMessagePosted;
import org.eshraqa.portal.messaging.CaseKind;
import org.eshraqa.portal.messaging.Outbox;
import org.eshraqa.portal.messaging.Purpose;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells volunteers what changed without their asking (P-1): every move of their application (the
 * interview's date and place included), the coordinator's messages, their places in
 * opportunities and their confirmed hours. In-app, mail and SMS are separate listeners, each
 * deduplicated by a key from its event.
 */
@Component
class VolunteerNotifications {

    private final Deliveries deliveries;
    private final Outbox outbox;

    VolunteerNotifications(Deliveries deliveries, Outbox outbox) {
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    // ---------------------------------------------------------------- the application

    private static String key(VolunteerApplicationChanged event) {
        return "volunteer-state:" + event.applicationId() + ":" + event.step();
    }

    @ApplicationModuleListener
    void inApp(VolunteerApplicationChanged event) {
        if (event.to() != ApplicationState.DRAFT) {
            deliveries.inApp(event.accountId(), key(event), news(event), "volunteer");
        }
    }

    @ApplicationModuleListener
    void mail(VolunteerApplicationChanged event) {
        if (event.to() != ApplicationState.DRAFT) {
            Deliveries.News news = news(event);
            deliveries.mail(event.accountId(), key(event), news,
                    locale -> List.of(news.title(locale), news.body(locale)), "volunteer", "mail.openVolunteering");
        }
    }

    @ApplicationModuleListener
    void sms(VolunteerApplicationChanged event) {
        if (event.to() == ApplicationState.DRAFT) {
            return;
        }
        // By text message or WhatsApp, as the person chose (messaging module's outbox).
        outbox.notify(new Outbox.Notice(event.accountId(), key(event), Purpose.CASE_UPDATE, CaseKind.VOLUNTEERING,
                event.applicationId(), Outbox.Templates.CASE_UPDATE,
                locale -> List.of(event.reference(), deliveries.text("volunteerState." + event.to().name(), locale)),
                locale -> news(event).title(locale)));
    }

    private Deliveries.News news(VolunteerApplicationChanged event) {
        return new Deliveries.News(
                locale -> deliveries.text(event.from() == event.to() ? "notify.volunteer.rescheduled"
                        : "notify.volunteer.title", locale, String.valueOf(event.reference()),
                        deliveries.text("volunteerState." + event.to().name(), locale)),
                locale -> event.interviewAt() != null
                        ? deliveries.text("notify.volunteer.interview", locale,
                                PortalDates.dateTime(event.interviewAt(), locale))
                        : event.publicNote() != null ? event.publicNote()
                        : deliveries.text("volunteerNext." + event.to().name(), locale));
    }

    // ---------------------------------------------------------------- messages

    private static String key(VolunteerMessagePosted event) {
        return "volunteer-message:" + event.messageId();
    }

    private Deliveries.News news(VolunteerMessagePosted event) {
        return new Deliveries.News(locale -> deliveries.text("notify.volunteer.message", locale), null);
    }

    @ApplicationModuleListener
    void inApp(VolunteerMessagePosted event) {
        if (event.fromStaff()) {
            deliveries.inApp(event.accountId(), key(event), news(event), "volunteer");
        }
    }

    @ApplicationModuleListener
    void mail(VolunteerMessagePosted event) {
        if (event.fromStaff()) {
            deliveries.mail(event.accountId(), key(event), news(event),
                    locale -> List.of(deliveries.text("notify.volunteer.message.body", locale)), "volunteer",
                    "mail.openVolunteering");
        }
    }

    // ---------------------------------------------------------------- opportunities and hours

    private static String key(EnrolmentChanged event) {
        return "enrolment:" + event.enrolmentId() + ":" + event.step();
    }

    private Deliveries.News news(EnrolmentChanged event) {
        return new Deliveries.News(locale -> deliveries.text("notify.enrolment." + event.state().name(), locale,
                event.opportunityTitle()), locale -> PortalDates.dateTime(event.startsAt(), locale));
    }

    @ApplicationModuleListener
    void inApp(EnrolmentChanged event) {
        deliveries.inApp(event.accountId(), key(event), news(event), "volunteer/hours");
    }

    @ApplicationModuleListener
    void mail(EnrolmentChanged event) {
        deliveries.mail(event.accountId(), key(event), news(event),
                locale -> List.of(news(event).title(locale), news(event).body(locale)), "volunteer/hours",
                "mail.openHours");
    }

    private static String key(VolunteerHoursConfirmed event) {
        return "hours:" + event.enrolmentId() + ":" + event.confirmedAt().toEpochMilli();
    }

    private Deliveries.News news(VolunteerHoursConfirmed event) {
        return new Deliveries.News(locale -> deliveries.text("notify.hours.title", locale,
                Hours.text(event.minutes()), event.opportunityTitle()),
                locale -> deliveries.text("notify.hours.body", locale));
    }

    @ApplicationModuleListener
    void inApp(VolunteerHoursConfirmed event) {
        deliveries.inApp(event.accountId(), key(event), news(event), "volunteer/hours");
    }

    @ApplicationModuleListener
    void mail(VolunteerHoursConfirmed event) {
        deliveries.mail(event.accountId(), key(event), news(event),
                locale -> List.of(news(event).title(locale), news(event).body(locale)), "volunteer/hours",
                "mail.openHours");
    }
}
