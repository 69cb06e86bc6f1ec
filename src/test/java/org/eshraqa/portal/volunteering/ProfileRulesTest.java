package org.eshraqa.portal.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a volunteer's profile must be: checked as typed, and complete before it is sent. */
class ProfileRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static VolunteerProfile with(List<Licence> licences, List<Availability> slots, Set<Interest> interests) {
        VolunteerProfile p = VolunteeringWholePortalTest.profile("هيا عبدالله السبيعي");
        return new VolunteerProfile(p.fullName(), p.nationalId(), p.birthDate(), p.gender(), p.region(), p.city(),
                p.mobile(), p.email(), p.education(), p.fieldOfStudy(), p.experience(), p.motivation(), p.skills(),
                p.languages(), interests, licences, slots);
    }

    private static Availability slot(DayOfWeek day, int from, int to) {
        return new Availability(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void overlappingTimesOnOneDayAreReportedButTouchingOnesAndOtherDaysAreNot() {
        var errors = ProfileRules.check(with(List.of(), List.of(slot(DayOfWeek.MONDAY, 9, 12),
                slot(DayOfWeek.MONDAY, 12, 14), slot(DayOfWeek.TUESDAY, 9, 12), slot(DayOfWeek.MONDAY, 11, 13)),
                Set.of(Interest.EVENTS)), VolunteerProfile.empty(), TODAY, 18).errors();
        assertThat(errors).containsOnlyKeys("availability.3");
    }

    @Test
    void specialisedSupportNeedsALicenceValidToday() {
        VolunteerProfile noLicence = with(List.of(), List.of(slot(DayOfWeek.MONDAY, 9, 12)),
                Set.of(Interest.SPECIALISED_SUPPORT));
        assertThat(ProfileRules.missing(noLicence, TODAY, 18))
                .containsEntry("licences", "volunteer.licence.requiredForSpecialised");
        VolunteerProfile valid = with(List.of(new Licence(LicenceKind.PSYCHOLOGIST, "12-R-345", "SCFHS", TODAY)),
                List.of(slot(DayOfWeek.MONDAY, 9, 12)), Set.of(Interest.SPECIALISED_SUPPORT));
        assertThat(ProfileRules.missing(valid, TODAY, 18)).isEmpty();
        VolunteerProfile expired = with(List.of(new Licence(LicenceKind.PSYCHOLOGIST, "12-R-345", "SCFHS",
                TODAY.minusDays(1))), List.of(slot(DayOfWeek.MONDAY, 9, 12)), Set.of(Interest.SPECIALISED_SUPPORT));
        assertThat(ProfileRules.missing(expired, TODAY, 18)).containsEntry("licences.0", "volunteer.licence.expired")
                .containsKey("licences");
    }

    @Test
    void anIncompleteRowIsKeptInADraftButBlocksSubmission() {
        VolunteerProfile half = with(List.of(new Licence(LicenceKind.NURSE, null, null, null)),
                List.of(new Availability(DayOfWeek.SUNDAY, LocalTime.of(16, 0), null)), Set.of(Interest.EVENTS));
        var checked = ProfileRules.check(half, VolunteerProfile.empty(), TODAY, 18);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.profile().licences()).hasSize(1);
        assertThat(ProfileRules.missing(checked.profile(), TODAY, 18))
                .containsEntry("licences.0", "volunteer.licence.incomplete")
                .containsEntry("availability.0", "volunteer.availability.incomplete");
    }

    @Test
    void theYoungestVolunteerIsEighteen() {
        VolunteerProfile p = VolunteeringWholePortalTest.profile("هيا عبدالله السبيعي");
        VolunteerProfile young = new VolunteerProfile(p.fullName(), p.nationalId(), TODAY.minusYears(18).plusDays(1),
                p.gender(), p.region(), p.city(), p.mobile(), p.email(), p.education(), p.fieldOfStudy(),
                p.experience(), p.motivation(), p.skills(), p.languages(), p.interests(), p.licences(),
                p.availability());
        assertThat(ProfileRules.check(young, p, TODAY, 18).errors()).containsEntry("birthDate",
                "volunteer.birthDate.tooYoung");
        VolunteerProfile adult = new VolunteerProfile(p.fullName(), p.nationalId(), TODAY.minusYears(18), p.gender(),
                p.region(), p.city(), p.mobile(), p.email(), p.education(), p.fieldOfStudy(), p.experience(),
                p.motivation(), p.skills(), p.languages(), p.interests(), p.licences(), p.availability());
        assertThat(ProfileRules.check(adult, p, TODAY, 18).errors()).isEmpty();
    }
}
