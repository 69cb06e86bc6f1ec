package org.eshraqa.portal.shared;

import java.util.Optional;

/**
 * A Saudi national ID (starts with 1) or iqama number of a resident (starts with 2): ten digits,
 * the last a Luhn check digit over the first nine.
 */
public record NationalId(String value) {

    public NationalId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a national ID or iqama number");
        }
    }

    /** Accepts spaces and Arabic-Indic digits as people type them. */
    public static Optional<NationalId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Digits.toLatin(text).replaceAll("\\s", "");
        return isValid(digits) ? Optional.of(new NationalId(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("[12]\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    public boolean isCitizen() {
        return value.charAt(0) == '1';
    }

    /** Shown on screens: only the last four digits. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
