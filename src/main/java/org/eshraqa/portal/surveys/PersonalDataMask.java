package org.eshraqa.portal.surveys;

import java.util.regex.Pattern;
import org.eshraqa.portal.shared.Digits;

/**
 * Masks the obvious personal data people put in comments before staff read them: e-mail
 * addresses, phone numbers (Saudi mobiles and other long digit runs) and national ID or iqama
 * numbers, written in Latin or Arabic-Indic digits, with or without spaces and dashes.
 */
final class PersonalDataMask {

    static final String MASK = "▒▒▒";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    /** Seven or more digits, possibly split by spaces, dashes, dots or brackets, possibly after +. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{5,}\\d");

    private PersonalDataMask() {
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String latin = Digits.toLatin(text);
        String masked = EMAIL.matcher(latin).replaceAll(MASK);
        masked = DIGIT_RUN.matcher(masked).replaceAll(match -> {
            long digits = match.group().chars().filter(Character::isDigit).count();
            return digits >= 7 ? MASK : match.group();
        });
        return masked;
    }
}
