package org.eshraqa.portal.shared;

/** Converts Arabic-Indic and Eastern Arabic-Indic digits, as typed on Arabic keyboards, to Latin digits. */
public final class Digits {

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
}
