package org.eshraqa.portal.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.NationalId;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.testsupport.PortalTestBase;
import org.eshraqa.testsupport.RecordingSms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Requests an officer records for someone (P-8), the people who claim them, and the codes the
 * {@link RecordingSms} received. Every national ID, mobile and e-mail is new, so tests sharing the
 * portal never meet.
 */
public final class ClaimFixture {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    private final SupportRequests requests;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final RecordingSms sms;

    public ClaimFixture(SupportRequests requests, Accounts accounts, JdbcTemplate jdbc, UserDetailsService users,
                        RecordingSms sms) {
        this.requests = requests;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.users = users;
        this.sms = sms;
    }

    /** A request an officer recorded by phone for this person, submitted, with a document and a message. */
    public record Recorded(long id, long documentId, String nationalId, String mobile, String name) {

        /** The mobile as people type it locally: 05XXXXXXXX. */
        public String localMobile() {
            return "0" + mobile.substring(4);
        }
    }

    public Recorded recordFor(String name) {
        String nationalId = newNationalId();
        String mobile = newMobile();
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(PortalTestBase.OFFICER);
        try {
            long id = requests.recordOnBehalf("AWARENESS", Channel.PHONE);
            Applicant person = new Applicant(name, null, nationalId, LocalDate.of(1990, 2, 3),
                    Applicant.BirthCalendar.GREGORIAN, Applicant.Gender.FEMALE, "SA", Applicant.MaritalStatus.SINGLE,
                    Region.RIYADH, "الرياض", mobile, null, 3, Applicant.IncomeBand.UNDER_3000,
                    Applicant.Employment.UNEMPLOYED);
            if (!requests.saveDraft(id, person, "اتصلت تطلب برنامجًا توعويًا عن القلق").isEmpty()) {
                throw new IllegalStateException("the recorded form is invalid");
            }
            long document = requests.addDocument(id, DocumentType.NATIONAL_ID_COPY, "id.png", Samples.png()).id();
            requests.submit(id, new Declaration(true, true, name, "2026-11"));
            requests.postMessage(id, "سنتصل بك قريبًا بخصوص حالتك الصحية");
            return new Recorded(id, document, nationalId, mobile, name);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** A person who registered on the portal with this mobile (nobody checks it is theirs); returns the e-mail. */
    public String register(String name, String mobile, String language) {
        String email = "claimant." + System.nanoTime() + "@example.org";
        accounts.register(new Registration(name, email, mobile, "a-good-password-1", true, language));
        jdbc.update("update account set status = 'ACTIVE' where email = ?", email);
        return email;
    }

    public void signIn(String email) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public List<RecordingSms.Sent> smsTo(String mobile) {
        return sms.to(mobile);
    }

    /** The code in the last SMS to this number. */
    public String lastCodeTo(String mobile) {
        List<RecordingSms.Sent> sent = sms.to(mobile);
        if (sent.isEmpty()) {
            throw new AssertionError("No SMS reached " + mobile);
        }
        Matcher m = CODE.matcher(sent.getLast().text());
        if (!m.find()) {
            throw new AssertionError("No code in the SMS to " + mobile);
        }
        return m.group(1);
    }

    /** A six-digit code other than this one. */
    public static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1 + ThreadLocalRandom.current().nextInt(999_998))
                % 1_000_000);
    }

    public static String newNationalId() {
        while (true) {
            String first = (ThreadLocalRandom.current().nextBoolean() ? "1" : "2")
                    + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            for (int check = 0; check < 10; check++) {
                if (NationalId.isValid(first + check)) {
                    return first + check;
                }
            }
        }
    }

    public static String newMobile() {
        return "+9665" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
