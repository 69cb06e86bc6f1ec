package org.eshraqa.portal.messaging;

/**
 * How many segments (billed units) a text message takes, counted as the operators and the SMS
 * provider count them (3GPP TS 23.038 and 23.040): a text entirely in the GSM 7-bit alphabet fits
 * 160 characters in one message, or 153 per segment once it must be split (the rest of each
 * segment carries the header that joins them); the characters of the extension table
 * ({@code ^ { } \ [ ] ~ | €} and form feed) take two. Any other character, Arabic for one, sends
 * the whole message as UCS-2: 70 UTF-16 units in one message, 67 per segment, and a character
 * outside the basic plane (an emoji) is two units that are never split across segments.
 */
public record SmsSegments(Encoding encoding, int units, int segments) {

    public enum Encoding { GSM_7BIT, UCS2 }

    static final int GSM_SINGLE = 160;
    static final int GSM_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        String value = text == null ? "" : text;
        boolean gsm = value.codePoints().allMatch(c -> c != 0x1b && (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0));
        return gsm ? gsm(value) : ucs2(value);
    }

    private static SmsSegments gsm(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        if (septets <= GSM_SINGLE) {
            return new SmsSegments(Encoding.GSM_7BIT, septets, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            if (used + size > GSM_PART) { // an escape and its character stay in one segment
                segments++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(Encoding.GSM_7BIT, septets, segments);
    }

    private static SmsSegments ucs2(String text) {
        int units = text.length();
        if (units <= UCS2_SINGLE) {
            return new SmsSegments(Encoding.UCS2, units, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int size = Character.charCount(text.codePointAt(i));
            if (used + size > UCS2_PART) { // a surrogate pair is never split
                segments++;
                used = 0;
            }
            used += size;
            i += size;
        }
        return new SmsSegments(Encoding.UCS2, units, segments);
    }
}
