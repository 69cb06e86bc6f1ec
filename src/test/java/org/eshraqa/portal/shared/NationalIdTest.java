package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    /** Makes a valid number from nine digits by computing the Luhn check digit. */
    static String withCheckDigit(String nine) {
        for (int d = 0; d <= 9; d++) {
            if (NationalId.isValid(nine + d)) {
                return nine + d;
            }
        }
        throw new AssertionError();
    }

    @Test
    void acceptsCitizenAndResidentNumbersWithTheRightCheckDigit() {
        String citizen = withCheckDigit("108765432");
        String resident = withCheckDigit("212345678");
        assertThat(NationalId.parse(citizen)).map(NationalId::isCitizen).contains(true);
        assertThat(NationalId.parse(resident)).map(NationalId::isCitizen).contains(false);
        assertThat(NationalId.parse(" " + citizen.substring(0, 5) + " " + citizen.substring(5))).isPresent();
    }

    @Test
    void acceptsArabicIndicDigits() {
        String citizen = withCheckDigit("108765432");
        StringBuilder arabic = new StringBuilder();
        citizen.chars().forEach(c -> arabic.append((char) ('\u0660' + (c - '0'))));
        assertThat(NationalId.parse(arabic.toString())).map(NationalId::value).contains(citizen);
    }

    @Test
    void refusesAWrongCheckDigit() {
        String valid = withCheckDigit("108765432");
        char last = valid.charAt(9);
        String wrong = valid.substring(0, 9) + (char) (last == '9' ? '0' : last + 1);
        assertThat(NationalId.isValid(wrong)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "12345678901", "3123456789", "0123456789", "1a23456789"})
    void refusesWhatIsNotTenDigitsStartingWithOneOrTwo(String text) {
        assertThat(NationalId.parse(text)).isEmpty();
    }

    @Test
    void showsOnlyTheLastFourDigits() {
        String citizen = withCheckDigit("108765432");
        assertThat(new NationalId(citizen).masked()).isEqualTo("******" + citizen.substring(6));
        assertThat(new NationalId(citizen).toString()).doesNotContain(citizen.substring(0, 6));
    }
}
