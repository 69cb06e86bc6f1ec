package org.eshraqa.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void diacriticsAndTatweelAreDropped() {
        assertThat(SearchText.normalise("مُسْتَفِيدٌ")).isEqualTo("مستفيد");
        assertThat(SearchText.normalise("الجمعـــية")).isEqualTo("الجمعيه");
        assertThat(SearchText.normalise("الرَّحْمٰن")).isEqualTo("الرحمن");
    }

    @Test
    void everyAlefFormBecomesBareAlef() {
        assertThat(SearchText.normalise("أحمد إبراهيم آمنة ٱلله"))
                .isEqualTo("احمد ابراهيم امنه الله");
    }

    @Test
    void alefMaqsuraTaaMarbutaAndHamzaCarriersAreFolded() {
        assertThat(SearchText.normalise("مستشفى")).isEqualTo(SearchText.normalise("مستشفي"));
        assertThat(SearchText.normalise("استشارة نفسية")).isEqualTo("استشاره نفسيه");
        assertThat(SearchText.normalise("مسؤول")).isEqualTo("مسوول");
        assertThat(SearchText.normalise("هيئة")).isEqualTo("هييه");
    }

    @Test
    void arabicIndicDigitsBecomeLatinAndLatinIsLowerCaseWithoutAccents() {
        assertThat(SearchText.normalise("خلال ١٤ يومًا")).isEqualTo("خلال 14 يوما");
        assertThat(SearchText.normalise("۱۴۴۵")).isEqualTo("1445");
        assertThat(SearchText.normalise("Café FAQ")).isEqualTo("cafe faq");
    }

    @Test
    void punctuationAndMarkupBecomeSingleSpaces() {
        assertThat(SearchText.normalise("  هل، تُشارَك بياناتي؟ (نعم/لا) **مهم**  ")).isEqualTo("هل تشارك بياناتي نعم لا مهم");
        assertThat(SearchText.normalise("a\u200Cb")).as("zero-width non-joiner").isEqualTo("ab");
        assertThat(SearchText.normalise("50%_off")).isEqualTo("50 off");
    }

    @Test
    void presentationFormsFoldToOrdinaryLetters() {
        assertThat(SearchText.normalise("\uFEFB")).isEqualTo("لا");
        assertThat(SearchText.normalise("\uFE94")).isEqualTo("ه");
    }

    @Test
    void storedAndTypedFormsMeet() {
        String stored = SearchText.normalise("هل تُشارَك معلوماتي مع جهات أخرى؟");
        for (String typed : new String[] {"تشارك", "تُشارَك", "اخرى", "أخرى", "أخري", "معلوماتى"}) {
            assertThat(stored).as(typed).contains(SearchText.normalise(typed));
        }
    }

    @Test
    void termsDropTheArticleFromLongerWordsAndAreBounded() {
        assertThat(SearchText.terms("المعلومات  الخاصة")).containsExactly("معلومات", "خاصه");
        assertThat(SearchText.terms("الم")).containsExactly("الم");
        assertThat(SearchText.terms("رسوم رسوم")).containsExactly("رسوم");
        assertThat(SearchText.terms("a b c d e f g h i j")).hasSize(SearchText.MAX_TERMS);
        assertThat(SearchText.terms("  ؟!  ")).isEmpty();
        assertThat(SearchText.terms(null)).isEmpty();
        assertThat(SearchText.terms("%_'")).as("nothing that could act as a LIKE wildcard").isEmpty();
    }
}
