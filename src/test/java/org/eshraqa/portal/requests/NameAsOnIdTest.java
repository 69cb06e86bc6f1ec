package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The applicant's name is the one on the ID, in whichever script the ID writes it. */
class NameAsOnIdTest {

    private static Applicant named(String name) {
        return new Applicant(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static ApplicantRules.Checked check(String name) {
        return ApplicantRules.check(named(name), Applicant.empty(), LocalDate.of(2026, 11, 25));
    }

    @Test
    void aNameInArabicOrInLatinLettersIsAcceptedAndSignedAsWritten() {
        assertThat(check("نورة عبدالله القحطاني").errors()).doesNotContainKey("fullName");
        ApplicantRules.Checked latin = check("John  Michael O'Neil-Smith");
        assertThat(latin.errors()).doesNotContainKey("fullName");
        assertThat(latin.applicant().fullName()).isEqualTo("John Michael O'Neil-Smith");
        assertThat(new Declaration(true, true, "john michael o'neil-smith", "2026-11")
                .signedBy(latin.applicant().fullName())).isTrue();
        assertThat(new Declaration(true, true, "John Smith", "2026-11")
                .signedBy(latin.applicant().fullName())).isFalse();
    }

    @Test
    void oneWordMixedScriptsDigitsAndMarkupAreStillRefused() {
        assertThat(check("Noura").errors()).containsEntry("fullName", "applicant.fullName.invalid");
        assertThat(check("نورة Smith").errors()).containsEntry("fullName", "applicant.fullName.invalid");
        assertThat(check("John 2Smith").errors()).containsEntry("fullName", "applicant.fullName.invalid");
        assertThat(check("<b>John</b> Smith").errors()).containsEntry("fullName", "applicant.fullName.invalid");
    }
}
