package org.eshraqa.portal.content;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.eshraqa.portal.shared.Digits;

/**
 * Text as the search compares it. Arabic is written with or without diacritics, with several
 * forms of alef, with ى or ي at a word's end and ة or ه, so both what is stored and what is typed
 * are reduced to one form: no tashkeel or tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي,
 * Arabic-Indic digits → 0–9, Latin letters in lower case without accents, and anything that is
 * not a letter or digit becomes a single space.
 */
final class SearchText {

    /**
     * The rules' edition. Raise it whenever {@link #normalise} changes: at the next start every
     * stored search text written under older rules is written again.
     */
    static final int VERSION = 1;

    /** Longest search the portal accepts, in characters, and most words it looks for. */
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_TERMS = 8;

    private SearchText() {
    }

    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // NFKC folds Arabic presentation forms (ﻻ, ﺔ…) and full-width letters to the ordinary ones;
        // NFD then splits hamza and madda off their carrier so the marks can be dropped below.
        String decomposed = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC),
                Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                    || c == '\u0640') {
                continue; // tashkeel, Quranic marks, hamza/madda above or below, accents, tatweel, ZWNJ
            }
            char folded = fold(Character.toLowerCase(c));
            if (Character.isLetterOrDigit(folded)) {
                out.append(folded);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return Digits.toLatin(out.toString().strip());
    }

    /**
     * The words to look for: the query normalised, at most {@link #MAX_TERMS} words, and a leading
     * definite article dropped from longer words ("المعلومات" also finds "معلوماتك"), which is
     * safe because every word is matched anywhere inside the stored text.
     */
    static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        String text = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        return Arrays.stream(normalise(text).split(" "))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() >= 5 && word.startsWith("ال") ? word.substring(2) : word)
                .distinct()
                .limit(MAX_TERMS)
                .toList();
    }

    /** Letters NFD leaves whole that Arabic readers treat as the same letter when searching. */
    private static char fold(char c) {
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627'; // أ إ آ ٱ ٲ ٳ → ا
            case '\u0649', '\u06CC', '\u0626' -> '\u064A'; // ى, Persian ی, ئ → ي
            case '\u0624' -> '\u0648'; // ؤ → و
            case '\u0629' -> '\u0647'; // ة → ه
            case '\u06A9' -> '\u0643'; // Persian ک → ك
            default -> c;
        };
    }
}
