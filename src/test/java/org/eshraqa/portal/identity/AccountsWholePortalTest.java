package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The identity module on the embedded MariaDB, with mail going to a real SMTP server. */
class AccountsWholePortalTest extends PortalTestBase {

    @Autowired Accounts accounts;
    @Autowired AccountRepository repository;
    @Autowired AccountUserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired SessionRegistry sessions;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordChanges passwordChanges;
    @Autowired SignInThrottle throttle;
    @Value("${portal.registration.max-per-address:30}") int registrationsPerClient;

    private AuthenticationManager signIn() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }

    private Registration registration(String email) {
        return new Registration("سارة محمد العلي", email, "0551234567", "a-good-password-1", true, "ar");
    }

    @Test
    void registrationMailsALinkThatActivatesTheAccountOnce() throws Exception {
        String email = uniqueEmail("sara");
        long id = accounts.register(registration(email));

        Account pending = repository.findById(id).orElseThrow();
        assertThat(pending.status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(pending.roles()).containsExactly(Role.BENEFICIARY);
        assertThat(pending.mobile()).isEqualTo("+966551234567");
        assertThat(pending.passwordHash()).startsWith("{bcrypt}");
        assertThatThrownBy(() -> signIn().authenticate(
                new UsernamePasswordAuthenticationToken(email, "a-good-password-1")))
                .isInstanceOf(DisabledException.class);

        String link = awaitVerificationLink(email);
        MimeMessage mail = java.util.Arrays.stream(mail().getReceivedMessages())
                .filter(m -> text(m).contains(link)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("فعّل حسابك في بوابة إشراقة");
        assertThat(text(mail)).contains("dir=\"rtl\"").contains("سارة محمد العلي");

        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(accounts.verifyEmail(token)).isEqualTo(VerificationResult.VERIFIED);
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(signIn().authenticate(new UsernamePasswordAuthenticationToken(email, "a-good-password-1"))
                .isAuthenticated()).isTrue();

        assertThat(accounts.verifyEmail(token)).isEqualTo(VerificationResult.ALREADY_USED);
        assertThat(accounts.verifyEmail(token + "x")).isEqualTo(VerificationResult.UNKNOWN);
        assertThat(accounts.verifyEmail("")).isEqualTo(VerificationResult.UNKNOWN);
    }

    @Test
    void anExpiredLinkIsRefusedAndANewOneWorks() throws Exception {
        String email = uniqueEmail("expired");
        long id = accounts.register(registration(email));
        String first = awaitVerificationLink(email);
        jdbc.update("update email_verification set expires_at = now(6) - interval 1 minute where account_id = ?", id);

        assertThat(accounts.verifyEmail(first.substring(first.indexOf("token=") + 6)))
                .isEqualTo(VerificationResult.EXPIRED);
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);

        mail().purgeEmailFromAllMailboxes();
        accounts.resendVerification(email.toUpperCase());
        String second = awaitVerificationLink(email);
        assertThat(second).isNotEqualTo(first);
        assertThat(accounts.verifyEmail(second.substring(second.indexOf("token=") + 6)))
                .isEqualTo(VerificationResult.VERIFIED);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long before = repository.count();
        String email = uniqueEmail("bad");
        expectRefused(new Registration("سارة", "not-an-email", "0551234567", "a-good-password-1", true, "ar"), "email");
        expectRefused(new Registration("سارة", email, "0112345678", "a-good-password-1", true, "ar"), "mobile");
        expectRefused(new Registration("سارة", email, "0551234567", "short1", true, "ar"), "password");
        expectRefused(new Registration("سارة", email, "0551234567", "a-good-password-1", false, "ar"), "consent");
        expectRefused(new Registration(" ", email, "0551234567", "a-good-password-1", true, "ar"), "fullName");
        assertThat(repository.count()).isEqualTo(before);

        accounts.register(registration(email));
        assertThat(repository.count()).isEqualTo(before + 1);
    }

    @Test
    void registeringATakenAddressLooksTheSameAndMailsItsOwnerInTheirLanguage() throws Exception {
        String owner = uniqueEmail("owner");
        long id = accounts.register(new Registration("Sara Owner", owner, "0551234567", "a-good-password-1", true,
                "en"));
        String hashBefore = repository.findById(id).orElseThrow().passwordHash();
        long count = repository.count();

        // Any spelling of the address (three registrations per address an hour: that and two more) gives
        // no error, no new account and changes nothing in the owner's.
        for (String spelling : List.of("\u00A0" + owner.toUpperCase() + "\u200B", EmailVariants.fullwidth(owner))) {
            assertThat(accounts.register(new Registration("Someone Else", spelling, "0559999999",
                    "another-password-2", true, "ar"))).isEqualTo(id);
        }
        assertThat(repository.count()).isEqualTo(count);
        assertThat(repository.findById(id).orElseThrow().passwordHash()).isEqualTo(hashBefore);
        assertThat(repository.findById(id).orElseThrow().fullName()).isEqualTo("Sara Owner");

        List<MimeMessage> mails = awaitMails(owner, 3);
        assertThat(mails).filteredOn(m -> subject(m).startsWith("Someone tried to register")).hasSize(2)
                .allSatisfy(m -> assertThat(text(m)).contains("Sara Owner", "/login", "/verify")
                        .doesNotContain("token="));
    }

    @Test
    void registrationsAreLimitedPerAddressAndPerClientWithoutSayingWhichAddressesExist() {
        String client = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        String taken = uniqueEmail("limit-taken");
        accounts.register(registration(taken), "203.0.113.9");
        for (String email : List.of(taken, uniqueEmail("limit-new"))) {
            for (int attempt = email.equals(taken) ? 2 : 1; attempt <= 3; attempt++) {
                accounts.register(registration(attempt == 1 ? email.toUpperCase() : " " + email), "203.0.113.9");
            }
            // The same refusal for a taken and a new address, whatever its spelling.
            assertThatThrownBy(() -> accounts.register(registration(EmailVariants.fullwidth(email)), null))
                    .as(email).isInstanceOfSatisfying(TooManyAttempts.class, e -> assertThat(e.minutes())
                            .isBetween(1L, 60L));
        }
        for (int n = 1; n <= registrationsPerClient; n++) {
            accounts.register(registration(uniqueEmail("limit-client")), client);
        }
        assertThatThrownBy(() -> accounts.register(registration(uniqueEmail("limit-client")), client))
                .isInstanceOf(TooManyAttempts.class);
        accounts.register(registration(uniqueEmail("limit-client")), client + "1");
    }

    @Test
    void verificationMailsAreLimitedTheSameForKnownAndUnknownAddresses() {
        String pending = uniqueEmail("resend");
        accounts.register(registration(pending));
        for (String email : List.of(pending, uniqueEmail("resend-unknown"))) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                accounts.resendVerification(attempt == 2 ? email.toUpperCase() : email, "203.0.113.10");
            }
            assertThatThrownBy(() -> accounts.resendVerification("\u200B" + email, "203.0.113.11"))
                    .as(email).isInstanceOf(TooManyAttempts.class);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void expectRefused(Registration registration, String field) {
        assertThatThrownBy(() -> accounts.register(registration))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey(field));
    }

    @Test
    void wrongPasswordAndUnknownEmailFailTheSameWay() {
        Class<? extends AuthenticationException> wrongPassword = catchAuth(BENEFICIARY, "wrong-password-1");
        Class<? extends AuthenticationException> unknown = catchAuth("nobody@example.org", "wrong-password-1");
        assertThat(wrongPassword).isEqualTo(BadCredentialsException.class).isEqualTo(unknown);
    }

    private Class<? extends AuthenticationException> catchAuth(String email, String password) {
        try {
            signIn().authenticate(new UsernamePasswordAuthenticationToken(email, password));
            return null;
        } catch (AuthenticationException e) {
            return e.getClass();
        }
    }

    @Test
    @WithUserDetails(BENEFICIARY)
    void aBeneficiaryCannotAdministerAccounts() {
        assertThatThrownBy(() -> accounts.search(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount("Someone Staff", uniqueEmail("x"), null,
                "a-good-password-1", Set.of(Role.ADMIN)))).isInstanceOf(AccessDeniedException.class);
        long self = accounts.current().orElseThrow().id();
        assertThatThrownBy(() -> accounts.setRoles(self, Set.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.disable(self)).isInstanceOf(AccessDeniedException.class);
        long admin = repository.findByEmail(ADMIN).orElseThrow().id();
        assertThatThrownBy(() -> accounts.save(admin, "en")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(ADMIN)
    void anAdministratorCreatesStaffAndChangesRoles() {
        String email = uniqueEmail("staff");
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount("Reem", email, "123", "weak", Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("mobile", "password", "roles"));

        long id = accounts.createStaff(new NewStaffAccount("ريم الشهري", email, null, "a-good-password-1",
                EnumSet.of(Role.RELATIONS_OFFICER)));
        assertThat(accounts.search(email, 0, 10)).singleElement()
                .satisfies(a -> assertThat(a.roles()).containsExactly(Role.RELATIONS_OFFICER))
                .satisfies(a -> assertThat(a.status()).isEqualTo(AccountStatus.ACTIVE));

        accounts.setRoles(id, EnumSet.of(Role.SOCIAL_RESEARCHER, Role.COMMITTEE_MEMBER));
        assertThat(repository.findById(id).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.SOCIAL_RESEARCHER, Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> accounts.setRoles(id, Set.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails(ADMIN)
    void anAdministratorCannotLockThemselvesOut() {
        long self = accounts.current().orElseThrow().id();
        assertThatThrownBy(() -> accounts.setRoles(self, Set.of(Role.QUALITY_MANAGER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.disable(self)).isInstanceOf(InvalidInputException.class);
        assertThat(repository.findById(self).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    @WithUserDetails(ADMIN)
    void anAdministratorCannotGiveThemselvesACaseRoleNorAdministrationToACaseWorker() {
        long self = accounts.current().orElseThrow().id();
        for (Role caseRole : EnumSet.of(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER, Role.COMMITTEE_MEMBER,
                Role.VOLUNTEER_COORDINATOR, Role.QUALITY_MANAGER)) {
            expectRoles(() -> accounts.setRoles(self, EnumSet.of(Role.ADMIN, caseRole)), "validation.roles.adminAndCase");
            expectRoles(() -> accounts.setRoles(self, EnumSet.of(Role.ADMIN, Role.BENEFICIARY, caseRole)),
                    "validation.roles.adminAndCase");
            expectRoles(() -> accounts.createStaff(new NewStaffAccount("مدير وموظف", uniqueEmail("both"), null,
                    "a-good-password-1", EnumSet.of(Role.ADMIN, caseRole))), "validation.roles.adminAndCase");
            String worker = uniqueEmail("worker");
            long id = accounts.createStaff(new NewStaffAccount("موظف حالات", worker, null, "a-good-password-1",
                    EnumSet.of(caseRole)));
            expectRoles(() -> accounts.setRoles(id, EnumSet.of(caseRole, Role.ADMIN)), "validation.roles.adminAndCase");
            assertThat(repository.findById(id).orElseThrow().roles()).containsExactly(caseRole);
        }
        assertThat(repository.findById(self).orElseThrow().roles()).containsExactly(Role.ADMIN);
        // Roles that do not work on cases stay possible beside ADMIN.
        accounts.setRoles(self, EnumSet.of(Role.ADMIN, Role.VOLUNTEER));
        accounts.setRoles(self, EnumSet.of(Role.ADMIN));
    }

    @Test
    @WithUserDetails(ADMIN)
    void theMetricsRoleIsHeldAlone() {
        for (Role other : EnumSet.complementOf(EnumSet.of(Role.METRICS))) {
            expectRoles(() -> accounts.createStaff(new NewStaffAccount("Prometheus", uniqueEmail("scrape"), null,
                    "a-good-password-1", EnumSet.of(Role.METRICS, other))), "validation.roles.metricsAlone");
        }
        long id = accounts.createStaff(new NewStaffAccount("Prometheus", uniqueEmail("scrape"), null,
                "a-good-password-1", EnumSet.of(Role.METRICS)));
        expectRoles(() -> accounts.setRoles(id, EnumSet.of(Role.METRICS, Role.ADMIN)), "validation.roles.metricsAlone");
        assertThat(repository.findById(id).orElseThrow().roles()).containsExactly(Role.METRICS);
    }

    private static void expectRoles(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("roles", key));
    }

    @Test
    @WithUserDetails(ADMIN)
    void takingARoleAwayEndsTheAccountsSessionsAndGivingOneDoesNot() {
        String email = uniqueEmail("demoted");
        long id = accounts.createStaff(new NewStaffAccount("موظف", email, null, "a-good-password-1",
                EnumSet.of(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER)));
        MockHttpSession session = new MockHttpSession();
        sessions.registerNewSession(session.getId(), userDetails.loadUserByUsername(email));

        accounts.setRoles(id, EnumSet.of(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER, Role.COMMITTEE_MEMBER));
        assertThat(sessions.getSessionInformation(session.getId()).isExpired()).isFalse();

        accounts.setRoles(id, EnumSet.of(Role.RELATIONS_OFFICER, Role.COMMITTEE_MEMBER));
        assertThat(sessions.getSessionInformation(session.getId()).isExpired()).isTrue();
    }

    @Test
    @WithUserDetails(ADMIN)
    void disablingAnAccountBlocksSignInAndEndsItsSessions() {
        String email = uniqueEmail("leaving");
        long id = accounts.createStaff(new NewStaffAccount("موظف مغادر", email, null, "a-good-password-1",
                EnumSet.of(Role.RELATIONS_OFFICER)));
        var principal = userDetails.loadUserByUsername(email);
        MockHttpSession session = new MockHttpSession();
        sessions.registerNewSession(session.getId(), principal);

        accounts.disable(id);

        assertThat(sessions.getSessionInformation(session.getId()).isExpired()).isTrue();
        assertThatThrownBy(() -> signIn().authenticate(new UsernamePasswordAuthenticationToken(email,
                "a-good-password-1"))).isInstanceOf(DisabledException.class);

        accounts.enable(id);
        assertThat(signIn().authenticate(new UsernamePasswordAuthenticationToken(email, "a-good-password-1"))
                .isAuthenticated()).isTrue();
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessionsButNotTheOneThatChangedIt() {
        String email = newAccount("موظف يغيّر كلمة مروره", Role.RELATIONS_OFFICER);
        MockHttpSession other = new MockHttpSession();
        MockHttpSession current = new MockHttpSession();
        sessions.registerNewSession(other.getId(), userDetails.loadUserByUsername(email));
        sessions.registerNewSession(current.getId(), userDetails.loadUserByUsername(email));
        signInAs(email);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(current);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThat(passwordChanges.change(DEMO_PASSWORD, "Another-pass-2026", "Another-pass-2026")).isEmpty();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(sessions.getSessionInformation(other.getId()).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(current.getId()).isExpired()).isFalse();
        assertThat(signIn().authenticate(new UsernamePasswordAuthenticationToken(email, "Another-pass-2026"))
                .isAuthenticated()).isTrue();
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordChangeUseUpTheAccountsSignInLimit() {
        String email = newAccount("جلسة مستعارة", Role.BENEFICIARY);
        signInAs(email);
        for (int i = 0; i < 5; i++) {
            assertThat(passwordChanges.change("Guess-number-" + i + "x", "Another-pass-2026", "Another-pass-2026"))
                    .contains("password.change.wrongCurrent");
        }
        // The right current password is not even checked now, and the login form waits as well.
        assertThat(passwordChanges.change(DEMO_PASSWORD, "Another-pass-2026", "Another-pass-2026"))
                .contains("password.change.wait");
        assertThat(throttle.waitBefore(" " + email.toUpperCase(java.util.Locale.ROOT), null)).isPresent();
    }
}
