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

    @Test
    void doesNothingOnceAnAdministratorExists() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(true);
        bootstrap("director@eshraqa.org.sa", "a-long-secret-7").run(new DefaultApplicationArguments());
        verify(accounts, never()).save(any());
    }

    @Test
    void refusesAWeakBootstrapPassword() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        assertThatThrownBy(() -> bootstrap("director@eshraqa.org.sa", "admin").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PORTAL_ADMIN_PASSWORD");
        verify(accounts, never()).save(any());
    }

    @Test
    void seedsNoDemoAccountsOnAConfiguredDatabase() {
        bootstrap("", "").run(new DefaultApplicationArguments());
        verify(accounts, never()).save(any());
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
