package org.eshraqa.portal.identity;

import java.util.Optional;

/**
 * The password rule shown to people: at least 10 characters, with at least one letter and one
 * digit. Length matters more than symbols; the hash is bcrypt through Spring Security's
 * delegating encoder.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the broken rule, or empty when the password is acceptable. */
    public static Optional<String> check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.codePoints().noneMatch(Character::isLetter)
                || password.codePoints().noneMatch(Character::isDigit)) {
            return Optional.of("validation.password.rule");
        }
        return Optional.empty();
    }
}
