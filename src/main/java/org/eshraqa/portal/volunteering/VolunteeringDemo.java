package org.eshraqa.portal.volunteering;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.DemoMode;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode (see {@link DemoMode}), the demo volunteer is an active volunteer with four hours
 * already confirmed, and the coordinator has published a few upcoming opportunities, so every
 * volunteering page has something to show. Runs once: nothing is added when opportunities exist.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class VolunteeringDemo implements ApplicationRunner {

    static final String VOLUNTEER = "volunteer@demo.eshraqa.org.sa";
    static final String COORDINATOR = "coordinator@demo.eshraqa.org.sa";
    private static final Logger log = LoggerFactory.getLogger(VolunteeringDemo.class);

    private final Environment environment;
    private final Accounts accounts;
    private final VolunteerApplicationRepository applications;
    private final OpportunityRepository opportunities;
    private final EnrolmentRepository enrolments;

    VolunteeringDemo(Environment environment, Accounts accounts, VolunteerApplicationRepository applications,
                     OpportunityRepository opportunities, EnrolmentRepository enrolments) {
        this.environment = environment;
        this.accounts = accounts;
        this.applications = applications;
        this.opportunities = opportunities;
        this.enrolments = enrolments;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoMode.isOn(environment) || opportunities.count() > 0) {
            return;
        }
        AccountSummary volunteer = accounts.summaryByEmail(VOLUNTEER).orElse(null);
        AccountSummary coordinator = accounts.summaryByEmail(COORDINATOR).orElse(null);
        if (volunteer == null || coordinator == null) {
            return;
        }
        Caller coordinating = new Caller(coordinator.id(), coordinator.fullName(), Set.of(Role.VOLUNTEER_COORDINATOR));
        Caller volunteering = new Caller(volunteer.id(), volunteer.fullName(), Set.of(Role.VOLUNTEER));
        LocalDate today = LocalDate.now(PortalDates.zone());
        Instant start = at(today.minusDays(40), 9);

        VolunteerApplication application = applications.save(new VolunteerApplication(volunteer.id(),
                new VolunteerProfile(volunteer.fullName(), "1000000008", today.minusYears(29), Gender.MALE,
                        Region.RIYADH, "الرياض", volunteer.mobile(), volunteer.email(), Education.BACHELOR,
                        "علم النفس", "تطوعت سنتين في حملات توعية بالصحة النفسية في الجامعة.",
                        "أريد أن أساعد في كسر الوصمة عن المرض النفسي.",
                        EnumSet.of(Skill.PUBLIC_SPEAKING, Skill.EVENT_ORGANISING, Skill.SOCIAL_MEDIA),
                        EnumSet.of(SpokenLanguage.ARABIC, SpokenLanguage.ENGLISH),
                        EnumSet.of(Interest.AWARENESS_CAMPAIGNS, Interest.EVENTS), List.of(),
                        List.of(new Availability(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(21, 0)),
                                new Availability(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(21, 0)))),
                start));
        application.submit(volunteering, VolunteerApplications.CONSENT_VERSION, "VOL-DEMO-000001", start);
        application.startReview(coordinating, start.plusSeconds(86_400));
        application.decide(coordinating, true, null, start.plusSeconds(3 * 86_400));
        application.activate(coordinating, start.plusSeconds(4 * 86_400));
        applications.save(application.asHistory());

        Opportunity past = opportunity("حملة توعية في اليوم العالمي للصحة النفسية",
                "توزيع مطويات والإجابة عن أسئلة الزوار في جناح الجمعية.", Interest.AWARENESS_CAMPAIGNS,
                at(today.minusDays(10), 16), 4, MeetingMode.IN_PERSON, "الرياض بارك، البوابة 3", 10,
                EnumSet.of(Skill.PUBLIC_SPEAKING), coordinator.id(), start);
        Enrolment attended = enrolments.save(Enrolment.apply(past, volunteer.id(), volunteer.fullName(), start));
        attended.accept(past, start);
        attended.confirmHours(past, 240, coordinator.id(), at(today.minusDays(9), 10));
        enrolments.save(attended.asHistory());

        opportunity("ركن الإرشاد في معرض الأسرة", "استقبال الزوار وتعريفهم بخدمات الجمعية وتوجيههم إلى المختصين.",
                Interest.EVENTS, at(nextDay(today, DayOfWeek.SATURDAY), 10), 5, MeetingMode.IN_PERSON, "واجهة الرياض، القاعة 2", 8,
                EnumSet.of(Skill.EVENT_ORGANISING), coordinator.id(), start);
        opportunity("إدارة صفحات التوعية على وسائل التواصل", "إعداد منشورات أسبوعية عن الصحة النفسية بمراجعة المختصين.",
                Interest.AWARENESS_CAMPAIGNS, at(nextDay(today, DayOfWeek.TUESDAY), 18), 2, MeetingMode.REMOTE,
                "https://meet.eshraqa.org.sa/volunteers", 4, EnumSet.of(Skill.SOCIAL_MEDIA), coordinator.id(), start);
        opportunity("مساندة إدارية في مقر الجمعية", "أرشفة الملفات الورقية وتنظيم مواعيد الاستشارات.",
                Interest.ADMINISTRATIVE_SUPPORT, at(today.plusDays(12), 9), 4, MeetingMode.IN_PERSON, "مقر الجمعية، حي الملقا", 3,
                EnumSet.of(Skill.ADMINISTRATION, Skill.DATA_ENTRY), coordinator.id(), start);
        log.info("Demo mode: the demo volunteer is active; four opportunities published");
    }

    private Opportunity opportunity(String title, String description, Interest interest, Instant startsAt,
                                    int hours, MeetingMode mode, String location, int seats, Set<Skill> skills,
                                    long coordinator, Instant now) {
        return opportunities.save(new Opportunity(new Opportunity.Checked(title, description, interest, startsAt,
                startsAt.plusSeconds(hours * 3600L), mode, location, seats, skills), coordinator, now));
    }

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), PortalDates.zone()).toInstant();
    }

    private static LocalDate nextDay(LocalDate today, DayOfWeek day) {
        LocalDate next = today.plusDays(2);
        while (next.getDayOfWeek() != day) {
            next = next.plusDays(1);
        }
        return next;
    }
}
