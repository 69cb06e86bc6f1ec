package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eshraqa.portal.PortalApplication;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.NewStaffAccount;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.StaffRequestView;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.crypto.FieldBinding;
import org.eshraqa.portal.shared.crypto.FieldCipher;
import org.eshraqa.portal.shared.db.EmbeddedMariaDb;
import org.eshraqa.portal.surveys.SurveyAnswers;
import org.eshraqa.portal.surveys.SurveyPage;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.volunteering.Availability;
import org.eshraqa.portal.volunteering.DocumentKind;
import org.eshraqa.portal.volunteering.Education;
import org.eshraqa.portal.volunteering.Gender;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.Skill;
import org.eshraqa.portal.volunteering.SpokenLanguage;
import org.eshraqa.portal.volunteering.StaffApplicationView;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The backup and restore of docs/operations.md, done for real: a portal on its embedded MariaDB is
 * filled through the modules (a request with a document and an internal note, a volunteer
 * application with its CV, a survey answer with a comment), the database is dumped with
 * {@code mariadb-dump} and the data key copied; the dump is loaded into an empty database on a
 * fresh server, a new portal starts on it with the copied key and reads every value back,
 * decrypted.
 *
 * <p>Runs in a Surefire execution and JVM of its own ({@code backup-restore} in the pom): it starts
 * and stops servers and portals of its own.
 */
class BackupRestoreTest {

    private static final String OFFICER = "officer@demo.eshraqa.org.sa";
    private static final String ADMIN = "admin@demo.eshraqa.org.sa";
    private static final String COORDINATOR = "coordinator@demo.eshraqa.org.sa";
    private static final String NEED = "أعاني من قلق شديد منذ فقدت عملي وأحتاج جلسات علاج";
    private static final String NOTE = "تتابع مع طبيب نفسي في مستشفى الملك فهد";
    private static final String COMMENT = "الاستقبال كان متعاونًا والمواعيد واضحة";
    private static final byte[] REPORT = (new String(Samples.pdf(), StandardCharsets.US_ASCII)
            + "% medical report of the restore test\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir Path temp;

    /** A portal on the embedded MariaDB kept under {@code dataDir}, its data key in {@code dataDir/data-key}. */
    private static ConfigurableApplicationContext portal(Path dataDir, boolean demo) {
        // As command-line arguments: they win over application.properties (default properties would not).
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--portal.data-dir=" + dataDir,
                "--portal.demo.enabled=" + demo,
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.datasource.hikari.connection-timeout=3000",
                "--server.shutdown=immediate");
    }

    private static void signInAs(ConfigurableApplicationContext portal, String email) {
        var user = portal.getBean(UserDetailsService.class).loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static VolunteerProfile profile(String name) {
        return new VolunteerProfile(name, "1000000008", LocalDate.of(1992, 8, 20), Gender.FEMALE, Region.MAKKAH,
                "جدة", "0551234567", "volunteer.restore@example.org", Education.MASTER, "الإرشاد النفسي",
                "ثلاث سنوات في خط المساندة", "أريد أن أرد الجميل", Set.of(Skill.COUNSELLING), Set.of(SpokenLanguage.ARABIC),
                Set.of(Interest.EVENTS), List.of(),
                List.of(new Availability(DayOfWeek.SUNDAY, LocalTime.of(16, 0), LocalTime.of(21, 0))));
    }

    /** Runs a program of the server's own MariaDB installation; fails with its output if it fails. */
    private static void run(ProcessBuilder command) throws Exception {
        Path output = Files.createTempFile("mariadb-tool-", ".log");
        Process process = command.redirectError(output.toFile()).start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String errors = Files.readString(output);
        Files.delete(output);
        assertThat(done).as("finished").isTrue();
        assertThat(process.exitValue()).as(command.command() + ": " + errors).isZero();
    }

    /** What the first portal stored, to be found again after the restore. */
    record Stored(long requestId, long documentId, long applicationId, String volunteer, long invitationId) {
    }

    private static Stored fill(ConfigurableApplicationContext portal) throws Exception {
        SupportRequests requests = portal.getBean(SupportRequests.class);
        VolunteerApplications applications = portal.getBean(VolunteerApplications.class);
        Surveys surveys = portal.getBean(Surveys.class);
        JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
        try {
            signInAs(portal, ADMIN);
            Accounts accounts = portal.getBean(Accounts.class);
            String applicant = "restore.applicant@example.org";
            String volunteer = "restore.volunteer@example.org";
            accounts.createStaff(new NewStaffAccount("أسماء يوسف الغامدي", applicant, null, "Restore-pass-2026",
                    Set.of(Role.BENEFICIARY)));
            accounts.createStaff(new NewStaffAccount("دانة مشعل القرني", volunteer, null, "Restore-pass-2026",
                    Set.of(Role.BENEFICIARY)));

            // A request with a medical report, an internal note and then withdrawn (so a survey follows).
            signInAs(portal, applicant);
            long requestId = requests.startDraft("THERAPY_SESSIONS");
            requests.saveDraft(requestId, Samples.applicant("أسماء يوسف الغامدي"), NEED);
            requests.catalogue().stream().filter(s -> s.code().equals("THERAPY_SESSIONS")).findFirst().orElseThrow()
                    .requiredDocuments().forEach(type -> requests.addDocument(requestId, type, "id.pdf", Samples.pdf()));
            long documentId = requests.addDocument(requestId, DocumentType.MEDICAL_REPORT, "report.pdf", REPORT).id();
            requests.submit(requestId, new org.eshraqa.portal.requests.Declaration(true, true, "أسماء يوسف الغامدي",
                    "2026-11"));
            signInAs(portal, OFFICER);
            requests.addInternalNote(requestId, NOTE);
            signInAs(portal, applicant);
            requests.withdraw(requestId, jdbc.queryForObject("select version from support_request where id = ?",
                    Long.class, requestId));

            // A volunteer application with a CV.
            signInAs(portal, volunteer);
            long applicationId = applications.startDraft();
            assertThat(applications.saveDraft(applicationId, profile("دانة مشعل القرني"))).isEmpty();
            applications.addDocument(applicationId, DocumentKind.CV, "cv.pdf", Samples.pdf());
            applications.submit(applicationId, true);
            SecurityContextHolder.clearContext();

            // The survey that follows the withdrawal, answered with a comment.
            long applicantId = jdbc.queryForObject("select id from account where email = ?", Long.class, applicant);
            Eventually.waiting().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from survey_invitation where account_id = ?", Integer.class, applicantId) > 0);
            long invitationId = jdbc.queryForObject("select id from survey_invitation where account_id = ?",
                    Long.class, applicantId);
            String link = surveys.linkFor(invitationId).orElseThrow();
            String token = link.substring(link.lastIndexOf('/') + 1);
            SurveyPage page = surveys.open(token);
            surveys.answer(token, page.template().id(), new SurveyAnswers(2, Map.of("SPEED", 2), 3, 6, COMMENT, false));
            return new Stored(requestId, documentId, applicationId, volunteer, invitationId);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aDumpAndTheDataKeyRestoreEveryRecordReadableOnAFreshServer() throws Exception {
        Path first = temp.resolve("first");
        Path backup = Files.createDirectories(temp.resolve("backup"));
        Path dump = backup.resolve("portal.sql");
        Stored stored;

        // 1. A portal with data; back up the database and, separately, its data key.
        try (ConfigurableApplicationContext portal = portal(first, true)) {
            stored = fill(portal);
            EmbeddedMariaDb server = portal.getBean(EmbeddedMariaDb.class);
            run(new ProcessBuilder(server.program("mariadb-dump").toString(), "--host=127.0.0.1",
                    "--port=" + server.port(), "--user=root", "--skip-ssl", "--single-transaction", "--routines", "--triggers",
                    "--hex-blob", "--default-character-set=utf8mb4", "--databases", "portal",
                    "--result-file=" + dump));
            Files.copy(first.resolve("data-key"), backup.resolve("data-key"));
        }
        assertThat(Files.readString(dump)).contains("CREATE TABLE `support_request_document_content`")
                .as("health text is encrypted in the dump too").doesNotContain(NEED).doesNotContain(NOTE)
                .doesNotContain(COMMENT);

        // 2. A fresh server with an empty database; load the dump; put the key back; start a portal.
        Path second = temp.resolve("second");
        Files.createDirectories(second);
        EmbeddedMariaDb fresh = EmbeddedMariaDb.startOnce(second.resolve("mariadb"), "portal");
        try {
            JdbcTemplate empty = new JdbcTemplate(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                    new org.mariadb.jdbc.Driver(), fresh.jdbcUrl("portal"), "root", ""));
            assertThat(empty.queryForObject("select count(*) from information_schema.tables where table_schema = "
                    + "'portal'", Integer.class)).as("a fresh, empty database").isZero();
            run(new ProcessBuilder(fresh.program("mariadb").toString(), "--host=127.0.0.1", "--port=" + fresh.port(),
                    "--user=root", "--skip-ssl", "--default-character-set=utf8mb4").redirectInput(dump.toFile()));
        } catch (Exception | AssertionError e) {
            fresh.stop();
            throw e;
        }
        Files.copy(backup.resolve("data-key"), second.resolve("data-key"));

        // The portal's own bean takes the running server (one per JVM) and stops it when it closes.
        try (ConfigurableApplicationContext portal = portal(second, false)) {
            assertThat(portal.getBean(EmbeddedMariaDb.class)).isSameAs(fresh);
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 0",
                    Integer.class)).as("no migration needed repair").isZero();
            try {
                signInAs(portal, OFFICER);
                SupportRequests requests = portal.getBean(SupportRequests.class);
                StaffRequestView request = requests.findForStaff(stored.requestId()).orElseThrow();
                assertThat(request.mirror().needDescription()).isEqualTo(NEED);
                assertThat(request.internalNotes()).extracting(n -> n.body()).contains(NOTE);
                assertThat(requests.document(stored.requestId(), stored.documentId()).content()).isEqualTo(REPORT);

                signInAs(portal, COORDINATOR);
                StaffApplicationView application = portal.getBean(VolunteerApplications.class)
                        .findForStaff(stored.applicationId()).orElseThrow();
                assertThat(application.mirror().profile().fullName()).isEqualTo("دانة مشعل القرني");
                assertThat(application.mirror().documents()).hasSize(1);

                // The survey comment, read with the restored key.
                Map<String, Object> response = jdbc.queryForMap("select r.comment, r.row_key from survey_response r "
                        + "join survey_invitation i on i.id = r.invitation_id where i.id = ?", stored.invitationId());
                String sealed = (String) response.get("comment");
                assertThat(sealed).startsWith("enc2:");
                assertThat(portal.getBean(FieldCipher.class).openText(sealed, new FieldBinding("survey_response",
                        "comment", (String) response.get("row_key")))).isEqualTo(COMMENT);

                // And the restored portal works on: the volunteer still signs in with their password.
                assertThat(portal.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                        .matches("Restore-pass-2026", jdbc.queryForObject(
                                "select password_hash from account where email = ?", String.class,
                                stored.volunteer()))).isTrue();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
