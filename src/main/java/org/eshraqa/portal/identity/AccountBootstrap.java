package org.eshraqa.portal.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.shared.DemoMode;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.SaudiMobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Accounts that must exist at start: the first administrator from {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD}, and in demo mode one account per role (listed in the README).
 * Demo mode is on by default only on the embedded database, never on a configured one. Runs
 * before other modules seed demo data that refers to these accounts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    /** Shown in the log and the README; only ever created in demo mode. */
    static final String DEMO_PASSWORD = "Eshraqa-demo-2026";

    record DemoAccount(String email, String fullName, Set<Role> roles) {
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("beneficiary@demo.eshraqa.org.sa", "نورة عبدالله القحطاني", EnumSet.of(Role.BENEFICIARY)),
            new DemoAccount("volunteer@demo.eshraqa.org.sa", "سلمان فهد العتيبي", EnumSet.of(Role.VOLUNTEER)),
            new DemoAccount("officer@demo.eshraqa.org.sa", "ريم خالد الشهري", EnumSet.of(Role.RELATIONS_OFFICER)),
            new DemoAccount("researcher@demo.eshraqa.org.sa", "د. هند سعد الدوسري", EnumSet.of(Role.SOCIAL_RESEARCHER)),
            new DemoAccount("committee@demo.eshraqa.org.sa", "أ. عبدالرحمن علي الغامدي", EnumSet.of(Role.COMMITTEE_MEMBER)),
            new DemoAccount("coordinator@demo.eshraqa.org.sa", "منى إبراهيم الزهراني",
                    EnumSet.of(Role.VOLUNTEER_COORDINATOR)),
            new DemoAccount("quality@demo.eshraqa.org.sa", "فيصل محمد الحربي", EnumSet.of(Role.QUALITY_MANAGER)),
            new DemoAccount("admin@demo.eshraqa.org.sa", "مدير النظام", EnumSet.of(Role.ADMIN)));

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Environment environment;
    private final String adminEmail;
    private final String adminPassword;

    AccountBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, Environment environment,
                     @Value("${portal.admin.email:}") String adminEmail,
                     @Value("${portal.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.environment = environment;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createFirstAdmin();
        if (DemoMode.isOn(environment)) {
            seedDemoAccounts();
        }
    }

    private void createFirstAdmin() {
        if (!StringUtils.hasText(adminEmail) || accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (!EmailAddress.isValid(adminEmail) || PasswordPolicy.check(adminPassword).isPresent()) {
            throw new IllegalStateException("PORTAL_ADMIN_EMAIL must be an e-mail address and PORTAL_ADMIN_PASSWORD "
                    + "at least " + PasswordPolicy.MIN_LENGTH + " characters with letters and digits");
        }
        EmailAddress email = new EmailAddress(adminEmail);
        accounts.findByEmail(email.value()).ifPresentOrElse(existing -> {
                    EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
                    roles.addAll(existing.roles());
                    if (Role.conflict(roles).isPresent()) {
                        throw new IllegalStateException("PORTAL_ADMIN_EMAIL belongs to an account with a case or "
                                + "metrics role; an administrator may hold neither (docs/security.md)");
                    }
                    existing.grant(Role.ADMIN);
                },
                () -> accounts.save(Account.createdByAdmin(email, "مدير النظام", null,
                        passwordEncoder.encode(adminPassword), EnumSet.of(Role.ADMIN), clock.instant())));
        log.info("First administrator {} is ready", email);
    }

    private void seedDemoAccounts() {
        String hash = null;
        StringBuilder listing = new StringBuilder();
        int n = 0;
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            n++;
            listing.append(String.format("%n  %-34s %s", demo.email(), demo.roles()));
            if (accounts.existsByEmail(demo.email())) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(DEMO_PASSWORD);
            }
            SaudiMobile mobile = new SaudiMobile(String.format("+96655000000%d", n));
            accounts.save(Account.createdByAdmin(new EmailAddress(demo.email()), demo.fullName(), mobile, hash,
                    demo.roles(), clock.instant()));
        }
        log.info("Demo mode: these accounts sign in with password {}:{}", DEMO_PASSWORD, listing);
    }
}
