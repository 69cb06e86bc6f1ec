package org.eshraqa.portal.shared;

import java.util.Optional;

/**
 * Digits as people type them: Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹, on Persian and
 * Urdu keyboards) become Latin digits, so every numeric or date field reads them alike.
 */
public final class Digits {

    /** More digits than any whole number on a form holds (a year has four): refused, not truncated. */
    private static final int MAX_DIGITS = 9;

    private Digits() {
    }

    public static String toLatin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A whole number typed in any of the three digit sets, spaces around it ignored. Empty for
     * anything else (a sign, a decimal point, a letter, too many digits), so a caller can say so
     * rather than drop what was typed.
     */
    public static Optional<Integer> wholeNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String latin = toLatin(text.strip());
        if (latin.isEmpty() || latin.length() > MAX_DIGITS || !latin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(latin));
    }
}
