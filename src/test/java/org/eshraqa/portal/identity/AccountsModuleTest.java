package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.Set;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

/** The identity module on the embedded MariaDB, with mail going to a real SMTP server. */
class AccountsModuleTest extends PortalTestBase {

    @Autowired Accounts accounts;
    @Autowired AccountRepository repository;
    @Autowired AccountUserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired SessionRegistry sessions;
    @Autowired JdbcTemplate jdbc;

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
        expectRefused(registration(email.toUpperCase()), "email");
        assertThat(repository.count()).isEqualTo(before + 1);
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
}
