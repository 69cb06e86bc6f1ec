package org.eshraqa.portal.identity;

import java.util.Optional;

/**
 * The password rule shown to people: at least 10 characters, with at least one letter and one
 * digit. Length matters more than symbols; the hash is bcrypt through Spring Security's
 * delegating encoder. Bcrypt reads at most 72 bytes, so a longer password (an Arabic letter takes
 * two bytes in UTF-8: about 36 letters) gets a clear message instead of an error.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The message key of the broken rule, or empty when the password is acceptable. */
    public static Optional<String> check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.codePoints().noneMatch(Character::isLetter)
                || password.codePoints().noneMatch(Character::isDigit)) {
            return Optional.of("validation.password.rule");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("validation.password.tooLong");
        }
        return Optional.empty();
    }
}
