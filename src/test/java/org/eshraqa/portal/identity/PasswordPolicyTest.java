package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"long-enough-1", "كلمةمرورطويلة1", "Abcdefghi9"})
    void acceptsLongPasswordsWithALetterAndADigit(String password) {
        assertThat(PasswordPolicy.check(password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short1", "abcdefghij", "1234567890", "Abcdefgh9"})
    void refusesWeakPasswordsWithTheRule(String password) {
        assertThat(PasswordPolicy.check(password)).contains("validation.password.rule");
    }

    @org.junit.jupiter.api.Test
    void refusesNullAndAbsurdlyLongPasswords() {
        assertThat(PasswordPolicy.check(null)).isPresent();
        assertThat(PasswordPolicy.check("a1".repeat(65))).isPresent();
        // bcrypt reads 72 bytes: 36 Arabic letters and a digit are 73 bytes.
        assertThat(PasswordPolicy.check("ك".repeat(36) + "1")).contains("validation.password.tooLong");
        assertThat(PasswordPolicy.check("ك".repeat(35) + "1")).isEmpty();
    }
}
