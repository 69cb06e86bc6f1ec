package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The first administrator comes from PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD, once. */
class AccountBootstrapTest {

    private final AccountRepository accounts = mock(AccountRepository.class);
    // An external database: no demo accounts.
    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:mariadb://db/portal");

    private AccountBootstrap bootstrap(String email, String password) {
        return new AccountBootstrap(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC(), environment, email, password);
    }

    @Test
    void createsTheFirstAdministratorWhenThereIsNone() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        when(accounts.findByEmail("director@eshraqa.org.sa")).thenReturn(Optional.empty());

        bootstrap("Director@Eshraqa.org.sa", "a-long-secret-7").run(new DefaultApplicationArguments());

        ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().email()).isEqualTo("director@eshraqa.org.sa");
        assertThat(saved.getValue().roles()).containsExactly(Role.ADMIN);
        assertThat(saved.getValue().canSignIn()).isTrue();
    }

    private final Account existingAdmin = Account.createdByAdmin(new org.eshraqa.portal.shared.EmailAddress(
            "boss@eshraqa.org.sa"), "مدير", null, "{noop}x", java.util.EnumSet.of(Role.ADMIN), java.time.Instant.now());

    @Test
    void doesNothingOnceAnAdministratorExists() {
        when(accounts.activeHoldersOf(java.util.EnumSet.of(Role.ADMIN))).thenReturn(java.util.List.of(existingAdmin));
        bootstrap("director@eshraqa.org.sa", "a-long-secret-7").run(new DefaultApplicationArguments());
        verify(accounts, never()).save(any());
    }

    @Test
    void refusesAWeakBootstrapPassword() {
        assertThatThrownBy(() -> bootstrap("director@eshraqa.org.sa", "admin").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PORTAL_ADMIN_PASSWORD");
        verify(accounts, never()).save(any());
    }

    @Test
    void seedsNoDemoAccountsOnAConfiguredDatabase() {
        bootstrap("", "").run(new DefaultApplicationArguments());
        ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getAllValues()).extracting(Account::email)
                .containsExactly(AccountBootstrap.GENERATED_ADMIN_EMAIL);
    }

    /** A jar started with nothing configured, on its embedded database (no spring.datasource.url). */
    private AccountBootstrap bare(MockEnvironment environment) {
        return new AccountBootstrap(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC(), environment, "", "");
    }

    private static String stdout(Runnable action) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aBareStartOnTheEmbeddedDatabaseSeedsNoDemoAccountButAnAdministratorWhoMustChangeAOneTimePassword() {
        MockEnvironment embedded = new MockEnvironment();
        String printed = stdout(() -> bare(embedded).run(new DefaultApplicationArguments()));

        ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getAllValues()).as("no demo account, the administrator included").hasSize(1);
        Account admin = saved.getValue();
        assertThat(admin.email()).isEqualTo(AccountBootstrap.GENERATED_ADMIN_EMAIL);
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(AccountBootstrap.DEMO_PASSWORD, admin.passwordHash())).as("not the README's password").isFalse();

        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("one-time password\\s+(\\S+)").matcher(printed);
        assertThat(shown.find()).as(printed).isTrue();
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(shown.group(1),
                admin.passwordHash())).as("the printed password signs in").isTrue();
        assertThat(PasswordPolicy.check(shown.group(1))).isEmpty();
        assertThat(printed).contains(AccountBootstrap.GENERATED_ADMIN_EMAIL).contains("=====");

        // The next start finds the administrator: nothing is created or printed again.
        when(accounts.activeHoldersOf(java.util.EnumSet.of(Role.ADMIN))).thenReturn(java.util.List.of(admin));
        assertThat(stdout(() -> bare(embedded).run(new DefaultApplicationArguments())))
                .doesNotContain(shown.group(1)).doesNotContain("one-time password");
        verify(accounts, org.mockito.Mockito.times(1)).save(any());
    }

    @Test
    void aConfiguredEmailWithoutPasswordGetsAOneTimePasswordToo() {
        when(accounts.findByEmail("director@eshraqa.org.sa")).thenReturn(Optional.empty());
        String printed = stdout(() -> bootstrap("director@eshraqa.org.sa", "").run(new DefaultApplicationArguments()));
        ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().email()).isEqualTo("director@eshraqa.org.sa");
        assertThat(saved.getValue().mustChangePassword()).isTrue();
        assertThat(printed).contains("director@eshraqa.org.sa").contains("one-time password");
    }

    @Test
    void aConfiguredPasswordNeedsNoChange() {
        when(accounts.findByEmail("director@eshraqa.org.sa")).thenReturn(Optional.empty());
        String printed = stdout(() -> bootstrap("director@eshraqa.org.sa", "a-long-secret-7")
                .run(new DefaultApplicationArguments()));
        ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().mustChangePassword()).isFalse();
        assertThat(printed).doesNotContain("a-long-secret-7").doesNotContain("one-time password");
    }

    @Test
    void demoModeOnlyWhenAskedForAndThenWithoutAGeneratedAdministrator() {
        MockEnvironment demo = new MockEnvironment().withProperty("portal.demo.enabled", "true");
        String printed = stdout(() -> bare(demo).run(new DefaultApplicationArguments()));
        ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts, org.mockito.Mockito.times(AccountBootstrap.DEMO_ACCOUNTS.size())).save(saved.capture());
        assertThat(saved.getAllValues()).extracting(Account::email)
                .doesNotContain(AccountBootstrap.GENERATED_ADMIN_EMAIL).contains("admin@demo.eshraqa.org.sa");
        assertThat(printed).doesNotContain("one-time password");
    }

    @Test
    void demoAccountsLeftByADemoRunCannotSignInOnceDemoModeIsOff() {
        Account demoBeneficiary = Account.createdByAdmin(new org.eshraqa.portal.shared.EmailAddress(
                "beneficiary@demo.eshraqa.org.sa"), "نورة", null, "{noop}x", java.util.EnumSet.of(Role.BENEFICIARY),
                java.time.Instant.now());
        when(accounts.findByEmail("beneficiary@demo.eshraqa.org.sa")).thenReturn(Optional.of(demoBeneficiary));
        when(accounts.findByEmail(org.mockito.ArgumentMatchers.argThat(e -> e != null
                && !e.equals("beneficiary@demo.eshraqa.org.sa")))).thenReturn(Optional.empty());
        stdout(() -> bare(new MockEnvironment()).run(new DefaultApplicationArguments()));
        assertThat(demoBeneficiary.canSignIn()).isFalse();
    }

    @Test
    void refusesToMakeACaseWorkerTheFirstAdministratorAndDemoAccountsHoldNoForbiddenPair() {
        Account officer = Account.createdByAdmin(new org.eshraqa.portal.shared.EmailAddress("officer@eshraqa.org.sa"),
                "موظف", null, "{noop}x", java.util.EnumSet.of(Role.RELATIONS_OFFICER), java.time.Instant.now());
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        when(accounts.findByEmail("officer@eshraqa.org.sa")).thenReturn(Optional.of(officer));
        assertThatThrownBy(() -> bootstrap("officer@eshraqa.org.sa", "a-long-secret-7")
                .run(new DefaultApplicationArguments())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("case");
        assertThat(officer.roles()).containsExactly(Role.RELATIONS_OFFICER);

        assertThat(AccountBootstrap.DEMO_ACCOUNTS).allSatisfy(demo -> assertThat(Role.conflict(demo.roles())).isEmpty());
    }
}
