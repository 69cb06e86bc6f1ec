package org.eshraqa.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The score maths and the two suppression rules, without a database. */
class SurveyMathTest {

    private static final int K = 5;

    @Test
    void csatNpsCesAndResponseRateFollowTheirDefinitions() {
        // 10 invited, 8 answered: CSAT 5,5,4,4,3,2,1,4 → six of eight are 4 or 5, mean 28/8.
        // NPS from 6 answers: 10, 9, 9 promoters, 7 passive, 6, 0 detractors → (3 − 2) / 6.
        // CES from 4 answers summing to 10.
        SurveyRollups.Measures m = new SurveyRollups.Measures(10, 8, 28, 6, 4, 10, 6, 3, 2);
        Figures f = Figures.of(m);
        assertThat(f.shown()).isTrue();
        assertThat(f.csatPercent()).isCloseTo(75.0, within(1e-9));
        assertThat(f.csatMean()).isCloseTo(3.5, within(1e-9));
        assertThat(f.nps()).isCloseTo(100.0 / 6, within(1e-9));
        assertThat(f.cesMean()).isCloseTo(2.5, within(1e-9));
        assertThat(f.responseRate()).isCloseTo(80.0, within(1e-9));
    }

    @Test
    void figuresWithoutAnswersAreEmptyNotZero() {
        Figures none = Figures.of(new SurveyRollups.Measures(3, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(none.csatPercent()).isNull();
        assertThat(none.nps()).isNull();
        assertThat(none.cesMean()).isNull();
        assertThat(none.responseRate()).isZero();
        assertThat(Figures.of(SurveyRollups.Measures.NONE).responseRate()).isNull();
        // A reminder answered after its invitation fell into an earlier day never reads above 100 %.
        assertThat(Figures.of(new SurveyRollups.Measures(1, 2, 10, 2, 0, 0, 0, 0, 0)).responseRate()).isEqualTo(100.0);
        assertThat(Figures.hidden().responses()).isZero();
        assertThat(Figures.hidden().csatMean()).isNull();
    }

    @Test
    void aPeriodShowsOnlyWhenItsSmallMonthsTogetherHoldKPeopleOrNone() {
        assertThat(Suppression.partitionSafe(List.of(40L, 30L, 0L), K)).isTrue();
        assertThat(Suppression.partitionSafe(List.of(40L, 3L), K)).as("40 + 3 minus 40 gives three away").isFalse();
        assertThat(Suppression.partitionSafe(List.of(40L, 3L, 2L), K)).as("the two small months only together").isTrue();
        assertThat(Suppression.partitionSafe(List.of(4L), K)).isFalse();
        assertThat(Suppression.partitionSafe(List.of(), K)).isFalse();
        assertThat(Suppression.partitionSafe(List.of(5L), K)).isTrue();
    }

    @Test
    void aBreakdownHidesMoreCellsUntilTheHiddenOnesTogetherHoldKPeople() {
        // JAZAN (index 2) holds 3: hiding it alone, the total minus the others gives it away.
        List<Long> counts = List.of(50L, 12L, 3L, 7L, 0L);
        Set<Integer> hidden = Suppression.complementary(counts, Set.of(2), K);
        assertThat(hidden).containsExactlyInAnyOrder(2, 3);
        assertThat(hidden.stream().mapToLong(counts::get).sum()).isGreaterThanOrEqualTo(K);
        // Nothing hidden by the first rule: nothing more to hide.
        assertThat(Suppression.complementary(counts, Set.of(), K)).isEmpty();
        // Already enough hidden together.
        assertThat(Suppression.complementary(List.of(50L, 3L, 2L), Set.of(1, 2), K)).containsExactlyInAnyOrder(1, 2);
        // Too few in the whole breakdown: everything goes.
        assertThat(Suppression.complementary(List.of(2L, 1L), Set.of(0, 1), K)).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void commentsLoseAddressesPhoneNumbersAndNationalIdsInEitherDigits() {
        assertThat(PersonalDataMask.mask("راسلوني على sara.q@example.com رجاءً"))
                .isEqualTo("راسلوني على ▒▒▒ رجاءً");
        assertThat(PersonalDataMask.mask("جوالي ٠٥٥ ١٢٣ ٤٥٦٧")).isEqualTo("جوالي ▒▒▒");
        assertThat(PersonalDataMask.mask("call +966-55-123-4567 please")).isEqualTo("call ▒▒▒ please");
        assertThat(PersonalDataMask.mask("هويتي 1234567890")).isEqualTo("هويتي ▒▒▒");
        assertThat(PersonalDataMask.mask("waited 14 days, 3 visits")).isEqualTo("waited 14 days, 3 visits");
        assertThat(PersonalDataMask.mask(null)).isNull();
    }
}
