package org.eshraqa.portal.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.identity.Role;
import org.junit.jupiter.api.Test;

/** Every transition of a volunteer application, allowed and refused, without a database. */
class VolunteerApplicationTest {

    @org.junit.jupiter.api.BeforeAll
    static void sealedFields() {
        org.eshraqa.portal.shared.crypto.TestSealedFields.install();
    }

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final Caller VOLUNTEER = new Caller(7, "هيا", Set.of(Role.BENEFICIARY));
    static final Caller SOMEONE_ELSE = new Caller(8, "سعد", Set.of(Role.BENEFICIARY));
    static final Caller COORDINATOR = new Caller(2, "منى", Set.of(Role.VOLUNTEER_COORDINATOR));
    static final Caller OFFICER = new Caller(3, "ريم", Set.of(Role.RELATIONS_OFFICER));

    private static VolunteerApplication draft() {
        VolunteerApplication application = new VolunteerApplication(7,
                VolunteeringWholePortalTest.profile("هيا عبدالله السبيعي"), NOW);
        try {
            Field id = VolunteerApplication.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(application, 41L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return application;
    }

    private static VolunteerApplication in(ApplicationState state) {
        VolunteerApplication a = draft();
        if (state == ApplicationState.DRAFT) {
            return a;
        }
        a.submit(VOLUNTEER, "2026-12", "VOL-2026-000041", NOW);
        if (state == ApplicationState.SUBMITTED) {
            return a;
        }
        a.startReview(COORDINATOR, NOW);
        if (state == ApplicationState.IN_REVIEW) {
            return a;
        }
        if (state == ApplicationState.INTERVIEW) {
            a.scheduleInterview(COORDINATOR, NOW.plusSeconds(86_400), MeetingMode.IN_PERSON, "المقر", NOW);
            return a;
        }
        if (state == ApplicationState.REJECTED) {
            a.decide(COORDINATOR, false, "لا تناسب الأوقات", NOW);
            return a;
        }
        a.decide(COORDINATOR, true, null, NOW);
        if (state == ApplicationState.ACCEPTED) {
            return a;
        }
        a.activate(COORDINATOR, NOW);
        return a;
    }

    private static void refused(VolunteerApplication application, Consumer<VolunteerApplication> step, String key) {
        assertThatThrownBy(() -> step.accept(application)).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theWholePathRecordsEveryStepAndAnnouncesTheDecision() {
        VolunteerApplication a = in(ApplicationState.ACTIVE);
        assertThat(a.state()).isEqualTo(ApplicationState.ACTIVE);
        assertThat(a.audit()).extracting(ApplicationAuditEntry::toState).containsExactly(ApplicationState.SUBMITTED,
                ApplicationState.IN_REVIEW, ApplicationState.ACCEPTED, ApplicationState.ACTIVE);
        assertThat(a.audit()).extracting(ApplicationAuditEntry::actorAccountId).containsExactly(7L, 2L, 2L, 2L);
        assertThat(a.reference()).isEqualTo("VOL-2026-000041");
        assertThat(a.consentVersion()).isEqualTo("2026-12");
        assertThat(a.pendingEvents()).filteredOn(VolunteerApplicationDecided.class::isInstance).hasSize(1);
        assertThat(a.pendingEvents()).filteredOn(VolunteerApplicationChanged.class::isInstance)
                .extracting(e -> ((VolunteerApplicationChanged) e).step()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void onlyTheOwnerFillsInSubmitsAndWithdraws() {
        VolunteerApplication a = draft();
        refused(a, x -> x.updateProfile(SOMEONE_ELSE, VolunteerProfile.empty()), "volunteer.refused.owner");
        refused(a, x -> x.submit(SOMEONE_ELSE, "2026-12", "VOL-1", NOW), "volunteer.refused.owner");
        refused(a, x -> x.submit(COORDINATOR, "2026-12", "VOL-1", NOW), "volunteer.refused.owner");
        refused(in(ApplicationState.SUBMITTED), x -> x.withdraw(SOMEONE_ELSE, NOW), "volunteer.refused.owner");
    }

    @Test
    void onlyTheCoordinatorReviewsInterviewsDecidesAndActivates() {
        refused(in(ApplicationState.SUBMITTED), x -> x.startReview(OFFICER, NOW), "volunteer.refused.role");
        refused(in(ApplicationState.SUBMITTED), x -> x.startReview(VOLUNTEER, NOW), "volunteer.refused.role");
        refused(in(ApplicationState.IN_REVIEW), x -> x.decide(VOLUNTEER, true, null, NOW), "volunteer.refused.role");
        refused(in(ApplicationState.ACCEPTED), x -> x.activate(OFFICER, NOW), "volunteer.refused.role");
        refused(in(ApplicationState.IN_REVIEW), x -> x.scheduleInterview(OFFICER, NOW.plusSeconds(60),
                MeetingMode.REMOTE, "https://meet.example.org", NOW), "volunteer.refused.role");
    }

    @Test
    void eachStepOnlyFromItsStates() {
        refused(draft(), x -> x.startReview(COORDINATOR, NOW), "volunteer.refused.state");
        refused(in(ApplicationState.SUBMITTED), x -> x.decide(COORDINATOR, true, null, NOW), "volunteer.refused.state");
        refused(in(ApplicationState.SUBMITTED), x -> x.scheduleInterview(COORDINATOR, NOW.plusSeconds(60),
                MeetingMode.IN_PERSON, "المقر", NOW), "volunteer.refused.state");
        refused(in(ApplicationState.IN_REVIEW), x -> x.activate(COORDINATOR, NOW), "volunteer.refused.state");
        refused(in(ApplicationState.REJECTED), x -> x.withdraw(VOLUNTEER, NOW), "volunteer.refused.state");
        refused(in(ApplicationState.ACTIVE), x -> x.withdraw(VOLUNTEER, NOW), "volunteer.refused.state");
        refused(in(ApplicationState.SUBMITTED), x -> x.updateProfile(VOLUNTEER, VolunteerProfile.empty()),
                "volunteer.refused.state");
        refused(in(ApplicationState.SUBMITTED), x -> x.submit(VOLUNTEER, "2026-12", "VOL-2", NOW),
                "volunteer.refused.state");
        VolunteerApplication accepted = in(ApplicationState.ACCEPTED);
        accepted.withdraw(VOLUNTEER, NOW);
        assertThat(accepted.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(accepted.state().isClosed()).isTrue();
    }

    @Test
    void anInterviewLiesAheadHasAPlaceAndCanMove() {
        VolunteerApplication a = in(ApplicationState.IN_REVIEW);
        refused(a, x -> x.scheduleInterview(COORDINATOR, NOW.minusSeconds(1), MeetingMode.IN_PERSON, "المقر", NOW),
                "volunteer.interview.past");
        refused(a, x -> x.scheduleInterview(COORDINATOR, NOW.plusSeconds(3600), MeetingMode.IN_PERSON, " ", NOW),
                "volunteer.interview.location");
        a.scheduleInterview(COORDINATOR, NOW.plusSeconds(3600), MeetingMode.IN_PERSON, "المقر", NOW);
        a.scheduleInterview(COORDINATOR, NOW.plusSeconds(7200), MeetingMode.REMOTE, "https://meet.example.org/a", NOW);
        assertThat(a.state()).isEqualTo(ApplicationState.INTERVIEW);
        assertThat(a.interviewAt()).isEqualTo(NOW.plusSeconds(7200));
        assertThat(a.audit().getLast().fromState()).as("a move stays in INTERVIEW").isEqualTo(ApplicationState.INTERVIEW);
    }

    @Test
    void aRejectionNeedsAReasonTheVolunteerReads() {
        refused(in(ApplicationState.IN_REVIEW), x -> x.decide(COORDINATOR, false, "  ", NOW),
                "volunteer.decision.reasonRequired");
        VolunteerApplication a = in(ApplicationState.IN_REVIEW);
        a.decide(COORDINATOR, false, " لا تتوفر فرص الآن ", NOW);
        a.noteInternally("سبب داخلي");
        assertThat(a.decisionReason()).isEqualTo("لا تتوفر فرص الآن");
        assertThat(a.audit().getLast().note()).isEqualTo("لا تتوفر فرص الآن");
        assertThat(a.audit().getLast().internalNote()).isEqualTo("سبب داخلي");
    }
}
