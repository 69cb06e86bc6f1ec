package org.eshraqa.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Segments counted as operators bill them: GSM 7-bit 160/153, UCS-2 70/67. */
class SmsSegmentsTest {

    @Test
    void englishFitsOneMessageUpTo160AndThen153PerSegment() {
        assertThat(SmsSegments.of("Your request ESH-2026-000041: Accepted"))
                .isEqualTo(new SmsSegments(SmsSegments.Encoding.GSM_7BIT, 38, 1));
        assertThat(SmsSegments.of("a".repeat(160)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extensionCharactersTakeTwoAndAreNeverSplit() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(SmsSegments.Encoding.GSM_7BIT, 160, 1));
        assertThat(SmsSegments.of("€".repeat(81)).segments()).isEqualTo(2);
        // 152 septets, then "{" (2) does not fit the first segment's 153: it starts the second.
        assertThat(SmsSegments.of("a".repeat(152) + "{" + "b".repeat(10)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(152) + "{" + "b".repeat(151)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(152) + "{" + "b".repeat(152)).segments()).isEqualTo(3);
    }

    @Test
    void arabicIsUcs2SeventyInOneAnd67PerSegment() {
        assertThat(SmsSegments.of("طلبك ESH-2026-000041: مقبول").encoding()).isEqualTo(SmsSegments.Encoding.UCS2);
        assertThat(SmsSegments.of("ب".repeat(70)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("ب".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ب".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ب".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void oneCharacterOutsideGsmMakesTheWholeMessageUcs2() {
        String english = "a".repeat(100);
        assertThat(SmsSegments.of(english).segments()).isEqualTo(1);
        assertThat(SmsSegments.of(english + "ش")).isEqualTo(new SmsSegments(SmsSegments.Encoding.UCS2, 101, 2));
    }

    @Test
    void anEmojiIsTwoUnitsThatStayTogether() {
        assertThat(SmsSegments.of("🙂").units()).isEqualTo(2);
        // 66 units, then an emoji (2) would cross 67: it opens the next segment.
        assertThat(SmsSegments.of("ب".repeat(66) + "🙂" + "ب".repeat(10)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ب".repeat(66) + "🙂" + "ب".repeat(66)).segments()).isEqualTo(3);
    }
}
