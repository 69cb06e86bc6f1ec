package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isStoredTrimmedAndLowerCase() {
        assertThat(new EmailAddress("  Noura.Q@Example.ORG ").value()).isEqualTo("noura.q@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+tag@sub.example.org.sa", "o'brien@example.com"})
    void acceptsUsualAddresses(String text) {
        assertThat(EmailAddress.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a@b.c", "a b@example.com", "a@@example.com", "@example.com",
            "a@example..com", "<script>@x.com"})
    void refusesWhatIsNotAnAddress(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOverlongAddresses() {
        assertThat(EmailAddress.isValid("a".repeat(250) + "@example.com")).isFalse();
    }
}
