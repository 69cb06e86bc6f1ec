package org.eshraqa.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as the portal stores it: the {@link #canonical canonical form} of what was
 * typed, which must be plain ASCII {@code local@domain.tld}.
 */
public record EmailAddress(String value) {

    // Deliberately simple: local@domain.tld with no spaces; the verification mail proves the rest.
    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        value = canonical(value);
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String canonical = canonical(text);
        return canonical.length() <= 254 && SHAPE.matcher(canonical).matches();
    }

    /**
     * The one form of a typed e-mail the portal compares, looks up and counts (sign-in, its
     * throttle, HTTP Basic, OpenID Connect linking, registration, search): compatibility forms
     * folded (NFKC: fullwidth letters, the Kelvin sign, ...), invisible characters at either end
     * removed (whitespace of every kind, C0/C1 controls, zero-width and bidi marks, BOM) and lower
     * case. Everything a database collation might also fold (accents, characters inside the
     * address) is left as it is, so such variants are simply not valid addresses.
     */
    public static String canonical(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(stripInvisible(text), Normalizer.Form.NFKC);
        return stripInvisible(folded).toLowerCase(Locale.ROOT);
    }

    private static String stripInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && invisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean invisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isIdentifierIgnorable(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        // Also the default-ignorable fillers that are letters or marks by category.
        return type == Character.CONTROL || type == Character.FORMAT || codePoint == 0x034F
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    @Override
    public String toString() {
        return value;
    }
}
