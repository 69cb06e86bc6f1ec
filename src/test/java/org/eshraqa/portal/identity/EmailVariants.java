package org.eshraqa.portal.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spellings of one e-mail address for attack tests: those that must reach the same account (and
 * so share its sign-in limit) and look-alikes that must not reach it.
 */
public final class EmailVariants {

    /** Invisible characters a client can put around what it types. */
    static final List<String> INVISIBLE = List.of("\u0001", "\u0008", "\t", "\n", "\r", "\u001F", "\u007F",
            "\u0085", "\u0090", "\u009F", "\u00A0", "\u1680", "\u180E", "\u2000", "\u2005", "\u200A", "\u2028",
            "\u2029", "\u202F", "\u205F", "\u3000", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E",
            "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u00AD", " ");

    private EmailVariants() {
    }

    /** Dozens of spellings that are the same account as {@code email} (lower-case ASCII, with a 'k'). */
    public static List<String> sameAccount(String email) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(email.toUpperCase(Locale.ROOT));
        variants.add(Character.toUpperCase(email.charAt(0)) + email.substring(1));
        for (int i = 0; i < INVISIBLE.size(); i++) {
            String c = INVISIBLE.get(i);
            switch (i % 3) {
                case 0 -> variants.add(c + email);
                case 1 -> variants.add(email + c);
                default -> variants.add(c + c + email.toUpperCase(Locale.ROOT) + c);
            }
        }
        variants.add("\u0001\u00A0\u200B\uFEFF\u202E" + email + "\u2069\u3000\u0085");
        variants.add(fullwidth(email));
        variants.add(fullwidth(email.toUpperCase(Locale.ROOT)));
        variants.add("\u3000" + fullwidth(email) + "\uFEFF");
        variants.add(email.replace('k', '\u212A'));              // Kelvin sign
        variants.add(email.replace("k", "\uFF4B"));              // fullwidth k only
        variants.add(email.replace("a", "\uD835\uDC1A"));        // mathematical bold a
        variants.add(email.replace("a", "\u24D0"));              // circled a
        variants.add(email.replace("s", "\u017F"));              // long s
        variants.add(email.replace("@", "\uFF20"));              // fullwidth @
        variants.add(email.replace(".", "\uFF0E"));              // fullwidth full stop
        variants.add(Normalizer.normalize(fullwidth(email), Normalizer.Form.NFD));
        variants.add(Normalizer.normalize(email.replace('k', '\u212A'), Normalizer.Form.NFC));
        variants.add(Normalizer.normalize(email, Normalizer.Form.NFKD));
        variants.remove(email);
        return new ArrayList<>(variants);
    }

    /** Look-alikes a case-, accent- or width-insensitive collation might match, but that are other addresses. */
    public static List<String> otherAccounts(String email) {
        int at = email.indexOf('@');
        return List.of(
                email.replaceFirst("a", "\u00E4"),                                       // ä
                email.replaceFirst("a", "a\u0301"),                                      // a + combining acute
                Normalizer.normalize(email.replaceFirst("a", "\u00E1"), Normalizer.Form.NFD),
                email.substring(0, 2) + "\u200B" + email.substring(2),                   // zero-width inside
                email.substring(0, 2) + "\u00AD" + email.substring(2),                   // soft hyphen inside
                email.substring(0, at) + " " + email.substring(at),                      // space before @
                email.replaceFirst("k", "\u0138"),                                       // kra
                email.replaceFirst("a", "\u0430"),                                       // Cyrillic a
                email.replaceFirst("i", "\u0131").replaceFirst("o", "\u00F6"),
                email + ".",
                email + "\u0000x",
                "x" + email);
    }

    /** The fullwidth forms of ASCII letters, digits and punctuation. */
    static String fullwidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return out.toString();
    }
}
