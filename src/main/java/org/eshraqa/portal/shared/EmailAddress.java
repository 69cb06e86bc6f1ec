package org.eshraqa.portal.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as the portal stores it: trimmed and lower-case. */
public record EmailAddress(String value) {

    // Deliberately simple: local@domain.tld with no spaces; the verification mail proves the rest.
    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.trim();
        return trimmed.length() <= 254 && SHAPE.matcher(trimmed).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
