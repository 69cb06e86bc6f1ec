package org.eshraqa.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Role;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Base of tests that run against the whole portal; see {@link PortalTest}. */
@PortalTest
public abstract class PortalTestBase {

    @Autowired
    private UserDetailsService portalUsers;

    @Autowired
    private Accounts portalAccounts;
    @Autowired
    private JdbcTemplate portalJdbc;

    /** Demo accounts exist in every test database (demo mode is on). */
    public static final String DEMO_PASSWORD = "Eshraqa-demo-2026";
    public static final String ADMIN = "admin@demo.eshraqa.org.sa";
    public static final String BENEFICIARY = "beneficiary@demo.eshraqa.org.sa";
    public static final String OFFICER = "officer@demo.eshraqa.org.sa";

    private static final Pattern VERIFY_LINK = Pattern.compile("(http://[^\"<\\s]+/verify\\?token=[A-Za-z0-9_-]+)");

    /** Calls the modules' APIs as this account, with its roles, until the test ends. */
    protected void signInAs(String email) {
        TestAccounts.signIn(portalUsers, email);
    }

    /** A new active account with these roles and the demo password; returns its e-mail address. */
    protected String newAccount(String fullName, Role... roles) {
        return TestAccounts.create(portalUsers, portalAccounts, fullName, roles);
    }

    /** The id of the account with this e-mail address. */
    protected long accountId(String email) {
        return TestAccounts.id(portalJdbc, email);
    }

    @AfterEach
    void signOutAfterTest() {
        SecurityContextHolder.clearContext();
    }

    protected static TestInfrastructure infra() {
        return TestInfrastructure.get();
    }

    protected static GreenMail mail() {
        return infra().mail;
    }

    /** Waits for the verification mail to this address and returns the link in it. */
    protected static String awaitVerificationLink(String email) throws Exception {
        return Eventually.waiting().alias("a verification mail to " + email)
                .until(() -> firstMatch(email, VERIFY_LINK), Optional::isPresent).orElseThrow();
    }

    private static final Pattern SURVEY_LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    /** Waits (20 s at most) for a survey invitation among this person's mails and returns its link's token. */
    protected static String awaitSurveyToken(String email) throws InterruptedException {
        return Eventually.waiting().alias("a survey link to " + email)
                .until(() -> firstMatch(email, SURVEY_LINK), Optional::isPresent).orElseThrow();
    }

    /** The first group of the pattern in the first mail to this address that has it. */
    protected static Optional<String> firstMatch(String email, Pattern pattern) {
        for (MimeMessage message : mail().getReceivedMessages()) {
            if (sentTo(message, email)) {
                Matcher m = pattern.matcher(text(message));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** Waits until at least {@code atLeast} mails reached this address (or 30 s pass) and returns them. */
    protected static List<MimeMessage> awaitMails(String email, int atLeast) throws InterruptedException {
        Callable<List<MimeMessage>> mine = () -> Arrays.stream(mail().getReceivedMessages())
                .filter(m -> sentTo(m, email)).toList();
        try {
            return Eventually.waiting().atMost(Duration.ofSeconds(30)).until(mine, found -> found.size() >= atLeast);
        } catch (ConditionTimeoutException fewer) {
            try {
                return mine.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ steps in a real browser

    /** Signs in through the login page and waits for the home page. */
    protected static void signIn(Page page, String email, String password) {
        page.navigate(infra().portalUrl() + "/login");
        page.waitForSelector("#login-form");
        page.fill("#username", email);
        page.fill("#password", password);
        page.press("#password", "Enter");
        page.waitForSelector("#home-greeting");
    }

    /** Registers a new account through the registration page and opens the link of the activation mail. */
    protected static void registerAndActivate(Page page, String fullName, String email, String mobile,
            String password) throws Exception {
        page.navigate(infra().portalUrl() + "/register");
        page.waitForSelector("#registration-view");
        page.fill("#fullName", fullName);
        page.fill("#email", email);
        page.fill("#mobile", mobile);
        page.fill("#password", password);
        page.check("#consent");
        page.click("#register-submit");
        page.waitForSelector("#registration-done");
        page.navigate(awaitVerificationLink(email));
        page.waitForSelector("#verify-result");
    }

    /** Whether nothing on the page is wider than its viewport. */
    protected static boolean fitsTheScreen(Page page) {
        return (Integer) page.evaluate("() => document.documentElement.scrollWidth") <= page.viewportSize().width;
    }

    /** All text of a mail, every MIME part decoded. */
    protected static String text(jakarta.mail.Part part) {
        Object content;
        try {
            content = part.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            try {
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(text(multipart.getBodyPart(i))).append('\n');
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
            return all.toString();
        }
        return "";
    }

    /** A unique address per test, so tests sharing one database never collide. */
    protected static String uniqueEmail(String prefix) {
        return prefix + "." + System.nanoTime() + "@example.org";
    }
}
