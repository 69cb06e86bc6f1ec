package org.eshraqa.portal.shared;

import java.util.Optional;

/**
 * A Saudi mobile number, stored in E.164 form ({@code +9665XXXXXXXX}).
 *
 * <p>People type it many ways: {@code 05XXXXXXXX}, {@code 5XXXXXXXX}, {@code 9665…},
 * {@code +9665…}, {@code 009665…}, with spaces or dashes, in Arabic-Indic digits.
 */
public record SaudiMobile(String e164) {

    public SaudiMobile {
        if (e164 == null || !e164.matches("\\+9665\\d{8}")) {
            throw new IllegalArgumentException("Not a Saudi mobile number in E.164 form");
        }
    }

    public static Optional<SaudiMobile> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Digits.toLatin(text).replaceAll("[\\s\\-().]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        String national;
        if (digits.startsWith("966")) {
            national = digits.substring(3);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            national = digits;
        }
        if (!national.matches("5\\d{8}")) {
            return Optional.empty();
        }
        return Optional.of(new SaudiMobile("+966" + national));
    }

    /** The form people read and type locally: {@code 05XXXXXXXX}. */
    public String local() {
        return "0" + e164.substring(4);
    }

    @Override
    public String toString() {
        return e164;
    }
}
