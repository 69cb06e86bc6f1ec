package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaudiMobileTest {

    @ParameterizedTest
    @ValueSource(strings = {"0551234567", "551234567", "966551234567", "+966551234567", "00966551234567",
            "055 123 4567", "+966-55-123-4567", "٠٥٥١٢٣٤٥٦٧", "۰۵۵۱۲۳۴۵۶۷"})
    void normalisesEveryCommonWayOfTypingIt(String typed) {
        assertThat(SaudiMobile.parse(typed)).map(SaudiMobile::e164).contains("+966551234567");
        assertThat(SaudiMobile.parse(typed)).map(SaudiMobile::local).contains("0551234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "0112345678", "05512345", "055123456789", "+971551234567", "05512345a7",
            "0451234567", "+96605512345", "abc"})
    void refusesWhatIsNotASaudiMobile(String typed) {
        assertThat(SaudiMobile.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertThat(SaudiMobile.parse(null)).isEmpty();
    }
}
