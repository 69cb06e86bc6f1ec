package org.eshraqa.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.eshraqa.portal.identity.EmailVariants;
import org.junit.jupiter.api.Test;

/** The one canonical form of a typed e-mail address. */
class EmailAddressTest {

    private static final String EMAIL = "kamal.salem@example.org";

    @Test
    void everySpellingOfOneAddressHasOneCanonicalForm() {
        assertThat(EmailVariants.sameAccount(EMAIL)).hasSizeGreaterThan(40).allSatisfy(variant -> {
            assertThat(EmailAddress.canonical(variant)).as(escaped(variant)).isEqualTo(EMAIL);
            assertThat(EmailAddress.isValid(variant)).as(escaped(variant)).isTrue();
            assertThat(new EmailAddress(variant).value()).isEqualTo(EMAIL);
        });
    }

    @Test
    void lookAlikesAreOtherAddressesOrNoneAtAll() {
        assertThat(EmailVariants.otherAccounts(EMAIL)).allSatisfy(variant ->
                assertThat(EmailAddress.canonical(variant)).as(escaped(variant)).isNotEqualTo(EMAIL));
        assertThat(EmailAddress.isValid("k\u00E4mal@example.org")).isFalse();
        assertThat(EmailAddress.isValid("ka\u200Bmal@example.org")).isFalse();
        assertThat(EmailAddress.canonical(null)).isEmpty();
        assertThat(EmailAddress.canonical("\u200B\u0001 ")).isEmpty();
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= 0x21 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.toString();
    }
}
