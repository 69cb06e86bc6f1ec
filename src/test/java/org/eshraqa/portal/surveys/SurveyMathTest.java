package org.eshraqa.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The score maths and the three suppression rules, without a database. */
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

    private static Map<LocalDate, Long> weeks(long... counts) {
        Map<LocalDate, Long> weeks = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            weeks.put(LocalDate.of(2026, 1, 4).plusWeeks(i), counts[i]);
        }
        return weeks;
    }

    @Test
    void aSeriesShowsOnlyWhenEachOfItsWeeksHoldsNoOneOrAtLeastKPeople() {
        assertThat(Suppression.weeklySafe(weeks(40, 30, 0), List.of(), K)).isTrue();
        assertThat(Suppression.weeklySafe(weeks(40, 3), List.of(), K)).as("40 + 3 minus 40 gives three away").isFalse();
        assertThat(Suppression.weeklySafe(weeks(40, 3, 2), List.of(), K))
                .as("two small weeks are still two weeks another period can cut apart").isFalse();
        assertThat(Suppression.weeklySafe(weeks(4), List.of(), K)).isFalse();
        assertThat(Suppression.weeklySafe(weeks(), List.of(), K)).isFalse();
        assertThat(Suppression.weeklySafe(weeks(0, 0), List.of(), K)).as("no one at all").isFalse();
        assertThat(Suppression.weeklySafe(weeks(5), List.of(), K)).isTrue();
    }

    @Test
    void aRowShowsOnlyWhenEachSeriesThatContainsItHoldsNoOneMoreOrAtLeastKMoreEachWeek() {
        // Riyadh among a service's people: 12 and 20 of 12 and 26 → the rest 0 and 6, fine.
        assertThat(Suppression.weeklySafe(weeks(12, 20), List.of(weeks(12, 26)), K)).isTrue();
        // 12 of 15 in the first week: the total minus the row leaves three people.
        assertThat(Suppression.weeklySafe(weeks(12, 20), List.of(weeks(15, 26)), K)).isFalse();
        // Fine within the service, but the same region without the filter has two more that week.
        assertThat(Suppression.weeklySafe(weeks(12, 20), List.of(weeks(12, 26), weeks(14, 40)), K)).isFalse();
    }

    @Test
    void aTableShowsItsRowsOnlyWhenTheTotalMinusTheShownRowsHoldsNoOneOrAtLeastKEachWeek() {
        Map<LocalDate, Long> total = weeks(30, 30);
        assertThat(Suppression.complementSafe(total, List.of(weeks(20, 20), weeks(10, 10)), K)).isTrue();
        assertThat(Suppression.complementSafe(total, List.of(weeks(20, 20), weeks(5, 10)), K)).isTrue();
        // The people with no region (or a hidden one) are three in the second week.
        assertThat(Suppression.complementSafe(total, List.of(weeks(20, 20), weeks(10, 7)), K)).isFalse();
        assertThat(Suppression.complementSafe(total, List.of(), K)).as("nothing shown, nothing told").isTrue();
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
