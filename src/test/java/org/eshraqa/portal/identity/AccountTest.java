package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The account guards its own status. */
class AccountTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private static Account active() {
        return Account.fromOidc(new EmailAddress("sara@example.org"), "سارة", "ar", NOW);
    }

    @Test
    void anAccountIsDisabledAndEnabledAgain() {
        Account account = active();
        account.disable();
        assertThat(account.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(account.canSignIn()).isFalse();
        account.enable();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anErasedAccountIsNeitherDisabledNorEnabledAgain() {
        for (boolean disabledFirst : new boolean[] {false, true}) {
            Account account = active();
            if (disabledFirst) {
                account.disable();
            }
            account.erase();
            assertThatThrownBy(account::disable).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("status", "validation.account.erased"));
            assertThatThrownBy(account::enable).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("status", "validation.account.erased"));
            assertThat(account.status()).isEqualTo(AccountStatus.ERASED);
            assertThat(account.canSignIn()).isFalse();
        }
    }
}
