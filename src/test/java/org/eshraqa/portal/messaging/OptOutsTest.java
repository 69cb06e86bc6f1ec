package org.eshraqa.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Opt-out words however they are written, and nothing that merely contains one. */
class OptOutsTest {

    @Test
    void theWordsInTheirUsualForms() {
        assertThat(OptOuts.isOptOut("إيقاف")).isTrue();
        assertThat(OptOuts.isOptOut("ايقاف")).isTrue();
        assertThat(OptOuts.isOptOut("  إِيقَاف. ")).isTrue();
        assertThat(OptOuts.isOptOut("إيـــقاف")).isTrue();
        assertThat(OptOuts.isOptOut("STOP")).isTrue();
        assertThat(OptOuts.isOptOut("Stop!")).isTrue();
        assertThat(OptOuts.isOptOut("ＳＴＯＰ")).isTrue();
        assertThat(OptOuts.isOptOut("«إلغاء الاشتراك»")).isTrue();
    }

    @Test
    void aSentenceWithTheWordIsAMessageNotAnOptOut() {
        assertThat(OptOuts.isOptOut("متى يتم إيقاف الدعم عن طلبي؟")).isFalse();
        assertThat(OptOuts.isOptOut("please don't stop my request")).isFalse();
        assertThat(OptOuts.isOptOut("")).isFalse();
        assertThat(OptOuts.isOptOut(null)).isFalse();
    }
}
