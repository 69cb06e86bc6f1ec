package org.eshraqa.portal.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seat rule and a volunteer's place: applying, withdrawing, attendance and hours. */
class OpportunityTest {

    @org.junit.jupiter.api.BeforeAll
    static void sealedFields() {
        org.eshraqa.portal.shared.crypto.TestSealedFields.install();
    }

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant START = NOW.plusSeconds(2 * 86_400);

    private static Opportunity opportunity(int seats) {
        Opportunity opportunity = new Opportunity(new Opportunity.Checked("يوم مفتوح", "وصف", Interest.EVENTS, START,
                START.plusSeconds(3 * 3600), MeetingMode.IN_PERSON, "المقر", seats, Set.of()), 2, NOW);
        try {
            Field id = Opportunity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(opportunity, 5L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return opportunity;
    }

    private static Enrolment enrolment() {
        return withId(new Enrolment(5, 7, "هيا", NOW), 9L);
    }

    private static Enrolment withId(Enrolment enrolment, long value) {
        try {
            Field id = Enrolment.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(enrolment, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return enrolment;
    }

    private static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(VolunteeringRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void seatsRunOutAndComeBack() {
        Opportunity o = opportunity(2);
        o.takeSeat(NOW);
        o.takeSeat(NOW);
        refused(() -> o.takeSeat(NOW), "opportunity.full");
        o.releaseSeat();
        o.takeSeat(NOW);
        assertThat(o.seatsTaken()).isEqualTo(2);
        refused(() -> o.update(new Opportunity.Checked("يوم مفتوح", "وصف", Interest.EVENTS, START,
                START.plusSeconds(3600), MeetingMode.IN_PERSON, "المقر", 1, Set.of()), NOW), "opportunity.seats.belowTaken");
    }

    @Test
    void noSeatOnceItStartedOrWasCancelled() {
        refused(() -> opportunity(5).takeSeat(START), "opportunity.refused.started");
        Opportunity cancelled = opportunity(5);
        cancelled.cancel(NOW);
        refused(() -> cancelled.takeSeat(NOW), "opportunity.refused.cancelled");
        refused(() -> cancelled.cancel(NOW), "opportunity.refused.cancelled");
    }

    @Test
    void theOpportunitySaysWhatTheCoordinatorMayDoBeforeAndAfterItStarts() {
        Opportunity o = opportunity(5);
        assertThat(o.actionsAt(NOW)).containsExactlyInAnyOrder(OpportunityAction.EDIT, OpportunityAction.CANCEL);
        assertThat(o.actionsAt(START)).containsExactly(OpportunityAction.RECORD_ATTENDANCE);
        Opportunity.Checked same = new Opportunity.Checked("يوم مفتوح", "وصف", Interest.EVENTS, START,
                START.plusSeconds(3600), MeetingMode.IN_PERSON, "المقر", 5, Set.of());
        refused(() -> o.update(same, START), "opportunity.refused.started");
        refused(() -> o.cancel(START), "opportunity.refused.started");
        Enrolment e = enrolment();
        e.accept(o, NOW);
        refused(() -> e.markAttendance(o, Attendance.ABSENT, NOW), "hours.notStarted");
        o.cancel(NOW);
        assertThat(o.actionsAt(NOW)).isEmpty();
    }

    @Test
    void aPlaceIsAcceptedAttendedAndItsHoursConfirmedOnce() {
        Opportunity o = opportunity(5);
        Enrolment e = enrolment();
        refused(() -> e.logHours(o, 60, null, START.plusSeconds(60)), "opportunity.refused.state");
        e.accept(o, NOW);
        refused(() -> e.logHours(o, 60, null, NOW), "hours.notStarted");
        Instant during = START.plusSeconds(3600);
        refused(() -> e.logHours(o, 0, null, during), "hours.positive");
        refused(() -> e.logHours(o, 181, null, during), "hours.tooMany");
        e.logHours(o, 180, "نظمت الاستقبال", during);
        e.logHours(o, 150, "بعد المراجعة", during);
        assertThat(e.row().loggedMinutes()).isEqualTo(150);
        e.confirmHours(o, 120, 2, during);
        assertThat(e.confirmedMinutes()).isEqualTo(120);
        refused(() -> e.confirmHours(o, 90, 2, during), "hours.alreadyConfirmed");
        refused(() -> e.logHours(o, 60, null, during), "hours.alreadyConfirmed");
        refused(() -> e.decline(o, during), "opportunity.refused.confirmed");
        assertThat(e.pendingEvents()).filteredOn(VolunteerHoursConfirmed.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((VolunteerHoursConfirmed) event).minutes()).isEqualTo(120));
    }

    @Test
    void anAbsentVolunteerLogsNothingAndAWithdrawalComesBeforeTheStart() {
        Opportunity o = opportunity(5);
        Enrolment absent = enrolment();
        absent.accept(o, NOW);
        absent.markAttendance(o, Attendance.ABSENT, START.plusSeconds(60));
        refused(() -> absent.logHours(o, 60, null, START.plusSeconds(60)), "hours.absent");

        Enrolment late = enrolment();
        o.takeSeat(NOW);
        refused(() -> late.withdraw(o, START), "opportunity.refused.started");
        late.withdraw(o, NOW);
        refused(() -> late.withdraw(o, NOW), "opportunity.refused.state");
        late.reapply(o, NOW);
        assertThat(late.state()).isEqualTo(EnrolmentState.APPLIED);
        late.decline(o, NOW);
        refused(() -> late.reapply(o, NOW), "opportunity.declined");
    }

    @Test
    void thePlaceKeepsTheOpportunitysSeatCountTrue() {
        Opportunity o = opportunity(1);
        Enrolment first = withId(Enrolment.apply(o, 7, "هيا", NOW), 10L);
        assertThat(o.seatsTaken()).isOne();
        refused(() -> Enrolment.apply(o, 8, "نورة", NOW), "opportunity.full");
        first.withdraw(o, NOW);
        assertThat(o.seatsTaken()).isZero();
        first.reapply(o, NOW);
        assertThat(o.seatsTaken()).isOne();
        first.decline(o, NOW);
        assertThat(o.seatsTaken()).isZero();
        Enrolment second = withId(Enrolment.apply(o, 8, "نورة", NOW), 11L);
        second.accept(o, NOW);
        assertThat(o.seatsTaken()).isOne();
        refused(() -> first.reapply(o, NOW), "opportunity.declined");
        assertThat(o.seatsTaken()).as("a refused step takes no seat").isOne();
    }

    @Test
    void hoursAreCountedInMinutesAndReadInHours() {
        assertThat(Hours.minutes(new java.math.BigDecimal("2.5"))).isEqualTo(150);
        assertThat(Hours.minutes(new java.math.BigDecimal("0.25"))).isEqualTo(15);
        assertThat(Hours.text(90)).isEqualTo("1.5");
        assertThat(Hours.text(120)).isEqualTo("2");
        assertThat(Hours.text(100)).isEqualTo("1.67");
    }
}
