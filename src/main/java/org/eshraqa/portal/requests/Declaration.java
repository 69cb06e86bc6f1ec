package org.eshraqa.portal.requests;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The applicant's declaration (P-10.4): that every item is correct and that they are directly
 * responsible for it, signed by typing their full name.
 */
public record Declaration(boolean dataCorrect, boolean responsibilityAccepted, String typedName, String textVersion) {

    /** The typed name matches the applicant's name, ignoring case, spacing and Arabic diacritics. */
    boolean signedBy(String applicantName) {
        return typedName != null && !typedName.isBlank() && normalise(typedName).equals(normalise(applicantName));
    }

    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKC)
                // Arabic diacritics (tashkeel) and tatweel do not change a name.
                .replaceAll("[\\u064B-\\u0652\\u0670\\u0640]", "")
                .replaceAll("[إأآ]", "ا");
        return decomposed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
