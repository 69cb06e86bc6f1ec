package org.eshraqa.portal.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
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
 * Accounts that must exist at start. The first administrator, when no active one exists: from
 * {@code PORTAL_ADMIN_EMAIL} and {@code PORTAL_ADMIN_PASSWORD}; without a password (or without
 * both, then as {@value #GENERATED_ADMIN_EMAIL}) with a one-time password that is printed once on
 * the console and must be changed at the first sign-in. In demo mode (only when asked for, see
 * {@link DemoMode}) one account per role with the README's public password; outside it, demo
 * accounts left in the database by an earlier demo run are disabled. Runs before other modules
 * seed demo data that refers to these accounts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    /** Signs in as the generated first administrator when {@code PORTAL_ADMIN_EMAIL} is not set. */
    static final String GENERATED_ADMIN_EMAIL = "admin@portal.invalid";

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
        boolean demo = DemoMode.isOn(environment);
        if (!demo) {
            disableDemoAccounts();
        }
        createFirstAdmin(demo);
        if (demo) {
            seedDemoAccounts();
        }
    }

    private void createFirstAdmin(boolean demo) {
        if (!accounts.activeHoldersOf(EnumSet.of(Role.ADMIN)).isEmpty()) {
            return;
        }
        boolean configuredEmail = StringUtils.hasText(adminEmail);
        boolean configuredPassword = StringUtils.hasText(adminPassword);
        if (demo && !configuredEmail && !configuredPassword) {
            return; // the demo administrator follows
        }
        if (configuredPassword && (!configuredEmail || !EmailAddress.isValid(adminEmail)
                || PasswordPolicy.check(adminPassword).isPresent())) {
            throw new IllegalStateException("PORTAL_ADMIN_EMAIL must be an e-mail address and PORTAL_ADMIN_PASSWORD "
                    + "at least " + PasswordPolicy.MIN_LENGTH + " characters with letters and digits");
        }
        if (configuredEmail && !EmailAddress.isValid(adminEmail)) {
            throw new IllegalStateException("PORTAL_ADMIN_EMAIL must be an e-mail address");
        }
        EmailAddress email = new EmailAddress(configuredEmail ? adminEmail : GENERATED_ADMIN_EMAIL);
        var existing = accounts.findByEmail(email.value());
        if (existing.isPresent()) {
            EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
            roles.addAll(existing.get().roles());
            if (Role.conflict(roles).isPresent()) {
                throw new IllegalStateException("PORTAL_ADMIN_EMAIL belongs to an account with a case or "
                        + "metrics role; an administrator may hold neither (docs/security.md)");
            }
            // Someone who already has an account keeps their own password.
            existing.get().grant(Role.ADMIN);
            existing.get().enable();
            log.info("First administrator is account {}", existing.get().id());
            return;
        }
        String password = configuredPassword ? adminPassword : generatedPassword();
        Account admin = Account.createdByAdmin(email, "مدير النظام", null, passwordEncoder.encode(password),
                EnumSet.of(Role.ADMIN), clock.instant());
        if (!configuredPassword) {
            admin.requirePasswordChange();
        }
        accounts.save(admin);
        if (configuredPassword) {
            log.info("First administrator is account {}", admin.id());
        } else {
            printOnce(email.value(), password);
            log.warn("First administrator is account {}, with a one-time password printed on the console once; "
                    + "it must be changed at the first sign-in", admin.id());
        }
    }

    /** 24 characters from a 144-bit random value, always passing the password policy. */
    static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[18];
        String password;
        do {
            random.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (PasswordPolicy.check(password).isPresent());
        return password;
    }

    /**
     * On the console only (standard output), not through the logger: a log file or log shipper
     * never holds it. Never printed again: at the next start an administrator exists.
     */
    private static void printOnce(String email, String password) {
        String rule = "=".repeat(78);
        System.out.println(String.join(System.lineSeparator(), "", rule,
                "  FIRST ADMINISTRATOR  (shown once, never again)",
                "",
                "    sign in as         " + email,
                "    one-time password  " + password,
                "",
                "  At the first sign-in the portal asks for a new password before anything else.",
                "  Set PORTAL_ADMIN_EMAIL (and PORTAL_ADMIN_PASSWORD) to choose them instead.",
                rule, ""));
        System.out.flush();
    }

    /** Demo accounts sign in with a password printed in the README: never outside demo mode. */
    private void disableDemoAccounts() {
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            accounts.findByEmail(demo.email()).filter(Account::canSignIn).ifPresent(account -> {
                account.disable();
                log.warn("Demo mode is off: demo account {} disabled", account.id());
            });
        }
    }

    private void seedDemoAccounts() {
        String hash = null;
        StringBuilder listing = new StringBuilder();
        int n = 0;
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            n++;
            listing.append(String.format("%n  %-34s %s", demo.email(), demo.roles()));
            var existing = accounts.findByEmail(demo.email());
            if (existing.isPresent()) {
                existing.get().enable(); // disabled by a start outside demo mode
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
