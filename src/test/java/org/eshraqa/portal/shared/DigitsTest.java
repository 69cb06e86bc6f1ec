package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers typed on Arabic, Persian and Latin keyboards read alike; anything else is refused, not dropped. */
class DigitsTest {

    @Test
    void arabicIndicAndEasternArabicIndicDigitsBecomeLatin() {
        assertThat(Digits.toLatin("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(Digits.toLatin("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(Digits.toLatin("رقم ١٤١٥ و 12")).isEqualTo("رقم 1415 و 12");
    }

    @Test
    void aWholeNumberIsReadInEveryDigitSetAndMixed() {
        assertThat(Digits.wholeNumber("١٤١٥")).contains(1415);
        assertThat(Digits.wholeNumber("۱۴۱۵")).contains(1415);
        assertThat(Digits.wholeNumber(" 1٤۱5 ")).contains(1415);
        assertThat(Digits.wholeNumber("٠٧")).contains(7);
    }

    @Test
    void anythingButAWholeNumberIsRefused() {
        for (String typed : new String[] {null, "", "  ", "-3", "+3", "3.5", "٣٫٥", "3a", "ثلاثة", "1 2",
                "1234567890"}) {
            assertThat(Digits.wholeNumber(typed)).as("'%s'", typed).isEmpty();
        }
    }
}
