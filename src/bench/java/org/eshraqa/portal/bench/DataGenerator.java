package org.eshraqa.portal.bench;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.shared.crypto.DataKeys;
import org.eshraqa.portal.shared.crypto.FieldBinding;
import org.eshraqa.portal.shared.crypto.FieldCipher;
import org.eshraqa.portal.shared.crypto.SealedFields;
import org.eshraqa.portal.shared.crypto.V44_1__Seal_and_bind_fields;
import org.eshraqa.portal.surveys.BenchSurveys;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills an empty benchmark database with a realistic data set: beneficiaries, staff, support
 * requests with their histories and messages, survey invitations and responses with their ratings,
 * then the dashboard's summary tables (daily, weekly and monthly, by the survey module's own
 * rebuild). Sealed columns are written as the entities write them: each row gets a new
 * {@link SealedFields#newRowKey() row key} and its values are sealed by the portal's
 * {@link FieldCipher} (keys of {@code PORTAL_DATA_KEYS}) bound to table, column and that key, so
 * the jar started with the same keys opens them. Sizes come from system properties ({@code bench.beneficiaries},
 * {@code bench.requests}, {@code bench.responses}); every account's password is {@link #PASSWORD}.
 *
 * <p>{@code -Dbench.openInvitations=N} only adds, to a database generated before, one survey
 * invitation sent now to each of N beneficiaries, so the load test's survey step finds one to
 * answer (the generated ones are spread over two years and have mostly expired).
 */
public final class DataGenerator {

    public static final String PASSWORD = "Bench-pass-2026";
    static final String[] SERVICES = {"PSY_CONSULTATION", "THERAPY_SESSIONS", "MEDICATION", "FAMILY_COUNSELLING",
            "AWARENESS"};
    static final String[] CHANNELS = {"WEBSITE", "WEBSITE", "WEBSITE", "WEBSITE", "PHONE", "INTERVIEW",
            "SOCIAL_MEDIA", "LETTER"};
    static final String[] REGIONS = {"RIYADH", "RIYADH", "RIYADH", "MAKKAH", "MAKKAH", "EASTERN", "EASTERN", "QASSIM",
            "MADINAH", "ASIR", "TABUK", "HAIL", "NORTHERN_BORDERS", "JAZAN", "NAJRAN", "AL_BAHA", "AL_JOUF"};
    static final String[] FIRST = {"محمد", "عبدالله", "فهد", "سارة", "نورة", "خالد", "ريم", "عبدالرحمن", "هند", "سلطان",
            "لطيفة", "تركي", "منيرة", "ناصر", "العنود", "فيصل"};
    static final String[] LAST = {"العتيبي", "القحطاني", "الشهري", "الدوسري", "الغامدي", "الزهراني", "المطيري",
            "الحربي", "السبيعي", "العنزي", "الشمري", "اليامي"};
    static final String[] NEEDS = {
            "أعاني من قلق مستمر يؤثر على عملي ونومي منذ عدة أشهر، وأحتاج إلى استشارة مختص.",
            "ابني يمر بنوبات اكتئاب، ولا نستطيع تحمل تكلفة الجلسات العلاجية كاملة.",
            "وُصف لي دواء نفسي شهري وتكلفته مرتفعة بالنسبة لدخل الأسرة.",
            "نحتاج إلى إرشاد أسري للتعامل مع أحد أفراد الأسرة المصاب باضطراب ثنائي القطب.",
            "I have had panic attacks for a year and would like to see a psychologist."};
    static final String[] COMMENTS = {"تأخر الرد على طلبي أكثر من المتوقع.", "الموظفة كانت متعاونة جدًا، شكرًا لكم.",
            "لم تكن المعلومات عن المستندات المطلوبة واضحة.", "The process was easy and quick.",
            "أرجو تسهيل رفع المستندات من الجوال."};
    static final String[][] HISTORY = {
            {null, "SUBMITTED"}, {"SUBMITTED", "IN_VERIFICATION"}, {"IN_VERIFICATION", "IN_RESEARCH"},
            {"IN_RESEARCH", "IN_COMMITTEE"}, {"IN_COMMITTEE", "ACCEPTED"}, {"ACCEPTED", "REGISTERED"}};

    private final Connection db;
    private final FieldCipher cipher;
    private final SplittableRandom random = new SplittableRandom(2026);
    private final Instant now = Instant.now();
    private final int batch = 2_000;

    DataGenerator(Connection db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3406/portal");
        String user = System.getProperty("bench.user", "portal");
        String password = System.getProperty("bench.password", "bench");
        int beneficiaries = Integer.getInteger("bench.beneficiaries", 50_000);
        int requests = Integer.getInteger("bench.requests", 200_000);
        int responses = Integer.getInteger("bench.responses", 1_000_000);
        String keys = System.getenv("PORTAL_DATA_KEYS");
        if (keys == null || keys.isBlank()) {
            throw new IllegalStateException("Set PORTAL_DATA_KEYS to the keys the portal will run with");
        }
        // V44_1 (seal and bind stored values) is registered by the application, not found on the
        // classpath; without it here, the portal's Flyway would later refuse the skipped version.
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new V44_1__Seal_and_bind_fields(new FieldCipher(DataKeys.parse(keys)))).load().migrate();
        int open = Integer.getInteger("bench.openInvitations", 0);
        if (open > 0) {
            try (Connection db = java.sql.DriverManager.getConnection(url + "?useBulkStmts=true", user, password)) {
                new DataGenerator(db, new FieldCipher(DataKeys.parse(keys))).openInvitations(open, beneficiaries);
            }
            return;
        }
        // bench.rollupsOnly: only rebuild the summary tables of data generated before.
        if (!Boolean.getBoolean("bench.rollupsOnly")) {
            try (Connection db = java.sql.DriverManager.getConnection(url + "?useBulkStmts=true", user, password)) {
                new DataGenerator(db, new FieldCipher(DataKeys.parse(keys))).run(beneficiaries, requests, responses);
            }
        }
        long t = System.nanoTime();
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, password, false)) {
            BenchSurveys.rebuild(ds);
            org.eshraqa.portal.requests.BenchDecisionDays.rebuild(ds);
        }
        log("summary tables rebuilt in %d s", (System.nanoTime() - t) / 1_000_000_000);
    }

    void run(int beneficiaries, int requests, int responses) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (count(s, "select count(*) from account") > 0) {
                throw new IllegalStateException("The benchmark database is not empty: reset it first");
            }
            s.execute("set unique_checks = 0");
            s.execute("set foreign_key_checks = 0");
        }
        db.setAutoCommit(false);
        long t = System.nanoTime();
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        long firstStaff = accounts(hash, beneficiaries);
        log("accounts: %d beneficiaries and 40 staff in %d s", beneficiaries, secondsSince(t));
        t = System.nanoTime();
        requests(requests, beneficiaries, firstStaff);
        log("requests: %d with histories and messages in %d s", requests, secondsSince(t));
        t = System.nanoTime();
        surveys(responses, beneficiaries, firstStaff);
        log("surveys: %d responses in %d s", responses, secondsSince(t));
        try (Statement s = db.createStatement()) {
            s.execute("set unique_checks = 1");
            s.execute("set foreign_key_checks = 1");
        }
        db.setAutoCommit(true);
    }

    /** Beneficiaries get ids 1..n; the staff follow, by role: 10 officers, 20 researchers, 6 committee, 2 quality, 2 admin. */
    private long accounts(String hash, int beneficiaries) throws SQLException {
        Timestamp created = Timestamp.from(now.minusSeconds(800L * 86_400));
        try (PreparedStatement a = db.prepareStatement("insert into account (id, email, full_name, mobile, password_hash,"
                + " status, language, consent_version, consented_at, created_at, version) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0)");
             PreparedStatement r = db.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            int total = beneficiaries + 40;
            for (int id = 1; id <= total; id++) {
                boolean staff = id > beneficiaries;
                a.setLong(1, id);
                a.setString(2, staff ? staffEmail(id - beneficiaries) : "beneficiary." + id + "@bench.eshraqa.org.sa");
                a.setString(3, name());
                a.setString(4, String.format("+9665%08d", id));
                a.setString(5, hash);
                a.setString(6, random.nextInt(5) == 0 ? "en" : "ar");
                a.setString(7, Accounts.CONSENT_VERSION);
                a.setTimestamp(8, created);
                a.setTimestamp(9, created);
                a.addBatch();
                r.setLong(1, id);
                r.setString(2, staff ? staffRole(id - beneficiaries) : "BENEFICIARY");
                r.addBatch();
                if (id % batch == 0 || id == total) {
                    a.executeBatch();
                    r.executeBatch();
                    db.commit();
                }
            }
        }
        return beneficiaries + 1L;
    }

    static String staffRole(int n) {
        return n <= 10 ? "RELATIONS_OFFICER" : n <= 30 ? "SOCIAL_RESEARCHER" : n <= 36 ? "COMMITTEE_MEMBER"
                : n <= 38 ? "QUALITY_MANAGER" : n <= 39 ? "ADMIN" : "METRICS";
    }

    /** staff.1@… … staff.40@…, in the order of {@link #staffRole(int)}; staff.40 only scrapes metrics. */
    static String staffEmail(int n) {
        return "staff." + n + "@bench.eshraqa.org.sa";
    }

    private void requests(int requests, int beneficiaries, long firstStaff) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("insert into support_request (id, reference, beneficiary_account_id,"
                + " service_code, channel, state, applicant_name, need_description, declaration_version,"
                + " declaration_signature, submitted_at, expected_decision_date, snapshot_sha256, social_study, decided_at,"
                + " created_at, version, national_id, gender, nationality, region, city, mobile, household_members,"
                + " income_band, employment, assignee_account_id, checked_identity, checked_documents, checked_data,"
                + " birth_date, birth_calendar, marital_status, row_key)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, '2026-11', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'SA', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, 'GREGORIAN', 'MARRIED', ?)");
             PreparedStatement h = db.prepareStatement("insert into support_request_audit (request_id, position,"
                + " occurred_at, actor_account_id, from_state, to_state, note) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement m = db.prepareStatement("insert into support_request_message (request_id,"
                + " author_account_id, author_name, from_staff, body, created_at, row_key) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= requests; id++) {
                // Every beneficiary has at least one request; the rest go to random beneficiaries.
                long owner = id <= beneficiaries ? id : 1 + random.nextInt(beneficiaries);
                long ageDays = random.nextInt(730);
                Instant submitted = now.minusSeconds(ageDays * 86_400 + random.nextInt(86_400));
                // Older requests are decided; the last two months' are spread over the open states.
                int steps = ageDays > 60 ? 5 + random.nextInt(2) : 1 + random.nextInt(5);
                boolean rejected = steps >= 5 && random.nextInt(5) == 0;
                String state = rejected ? "REJECTED" : HISTORY[steps - 1][1];
                Instant decided = steps >= 5 ? submitted.plusSeconds((5 + random.nextInt(20)) * 86_400L) : null;
                String name = name();
                String region = REGIONS[random.nextInt(REGIONS.length)];
                String service = SERVICES[random.nextInt(SERVICES.length)];
                String reference = String.format("ESH-%d-%06d", submitted.atZone(ZoneOffset.ofHours(3)).getYear(), id);
                long assignee = firstStaff + random.nextInt(30);
                String requestKey = SealedFields.newRowKey();
                int c = 0;
                q.setLong(++c, id);
                q.setString(++c, reference);
                q.setLong(++c, owner);
                q.setString(++c, service);
                q.setString(++c, CHANNELS[random.nextInt(CHANNELS.length)]);
                q.setString(++c, state);
                q.setString(++c, name);
                q.setString(++c, seal("support_request", "need_description", requestKey, NEEDS[random.nextInt(NEEDS.length)]));
                q.setString(++c, name);
                q.setTimestamp(++c, Timestamp.from(submitted));
                q.setDate(++c, Date.valueOf(LocalDate.ofInstant(submitted, ZoneOffset.ofHours(3)).plusDays(14)));
                q.setString(++c, sha256(reference));
                q.setString(++c, steps >= 3 ? seal("support_request", "social_study", requestKey,
                        "زيارة منزلية: الأسرة من خمسة أفراد، دخل محدود.") : null);
                if (decided == null) {
                    q.setNull(++c, Types.TIMESTAMP);
                } else {
                    q.setTimestamp(++c, Timestamp.from(decided));
                }
                q.setTimestamp(++c, Timestamp.from(submitted.minusSeconds(600)));
                q.setString(++c, String.format("1%09d", id));
                q.setString(++c, random.nextBoolean() ? "MALE" : "FEMALE");
                q.setString(++c, region);
                q.setString(++c, "المدينة");
                q.setString(++c, String.format("05%08d", owner));
                q.setInt(++c, 1 + random.nextInt(8));
                q.setString(++c, "FROM_3000_TO_5999");
                q.setString(++c, "EMPLOYED");
                if (steps >= 2) {
                    q.setLong(++c, assignee);
                } else {
                    q.setNull(++c, Types.BIGINT);
                }
                q.setBoolean(++c, steps >= 2);
                q.setBoolean(++c, steps >= 2);
                q.setBoolean(++c, steps >= 2);
                q.setDate(++c, Date.valueOf(LocalDate.of(1980, 1, 1).plusDays(id % 9000)));
                q.setString(++c, requestKey);
                q.addBatch();
                Instant at = submitted;
                for (int p = 0; p < steps; p++) {
                    h.setLong(1, id);
                    h.setInt(2, p);
                    h.setTimestamp(3, Timestamp.from(at));
                    h.setLong(4, p == 0 ? owner : assignee);
                    h.setString(5, HISTORY[p][0]);
                    h.setString(6, rejected && p == steps - 1 ? "REJECTED" : HISTORY[p][1]);
                    h.setString(7, null);
                    h.addBatch();
                    at = at.plusSeconds(86_400L + random.nextInt(3 * 86_400));
                }
                if (random.nextInt(3) == 0) {
                    for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                        boolean fromStaff = k % 2 == 1;
                        m.setLong(1, id);
                        m.setLong(2, fromStaff ? assignee : owner);
                        m.setString(3, fromStaff ? "موظف الجمعية" : name);
                        m.setBoolean(4, fromStaff);
                        String messageKey = SealedFields.newRowKey();
                        m.setString(5, seal("support_request_message", "body", messageKey,
                                fromStaff ? "نرجو إرفاق تقرير طبي حديث." : "متى يصدر القرار؟"));
                        m.setTimestamp(6, Timestamp.from(submitted.plusSeconds(3_600L * (k + 1))));
                        m.setString(7, messageKey);
                        m.addBatch();
                    }
                }
                if (id % batch == 0 || id == requests) {
                    q.executeBatch();
                    h.executeBatch();
                    m.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private void surveys(int responses, int beneficiaries, long firstStaff) throws SQLException {
        long template = 1;
        try (Statement s = db.createStatement();
             var rs = s.executeQuery("select id from survey_template where trigger_type = 'REQUEST_CLOSED' and current_version")) {
            rs.next();
            template = rs.getLong(1);
        }
        // About one invitation in six goes unanswered.
        int invitations = responses + responses / 5;
        try (PreparedStatement inv = db.prepareStatement("insert into survey_invitation (id, token_hash, token_sealed,"
                + " source_key, account_id, trigger_type, service_code, channel, region, step, staff_account_id, team,"
                + " language, created_at, expires_at, reminded_at, answered_at, row_key)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ar', ?, ?, ?, ?, ?)");
             PreparedStatement res = db.prepareStatement("insert into survey_response (id, invitation_id, template_id,"
                + " trigger_type, service_code, channel, region, step, staff_account_id, team, answered_at, answered_on,"
                + " csat, ces, nps, comment, may_contact, row_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rat = db.prepareStatement("insert into survey_response_rating (response_id, code, rating)"
                + " values (?, ?, ?)")) {
            long responseId = 0;
            String[] codes = {"SPEED", "COURTESY", "CLARITY", "EASE"};
            int[] shifts = {-1, 1, 0, 0};
            byte[] token = new byte[32];
            for (int id = 1; id <= invitations; id++) {
                int kind = random.nextInt(10);
                String trigger = kind < 6 ? "REQUEST_CLOSED" : kind < 8 ? "INQUIRY_ANSWERED" : kind < 9
                        ? "CONTACT_FINISHED" : random.nextBoolean() ? "VOLUNTEER_DECIDED" : "VOLUNTEER_HOURS";
                boolean request = trigger.equals("REQUEST_CLOSED");
                boolean volunteering = trigger.startsWith("VOLUNTEER");
                String step = switch (trigger) {
                    case "REQUEST_CLOSED" -> random.nextInt(10) < 7 ? "REGISTERED" : random.nextBoolean() ? "REJECTED"
                            : "WITHDRAWN";
                    case "INQUIRY_ANSWERED" -> "ANSWERED";
                    case "CONTACT_FINISHED" -> "FINISHED";
                    case "VOLUNTEER_DECIDED" -> "ACCEPTED";
                    default -> "HOURS_CONFIRMED";
                };
                long staff = firstStaff + (volunteering ? 36 : request && random.nextBoolean() ? 10 + random.nextInt(20)
                        : random.nextInt(10));
                String team = volunteering ? "VOLUNTEER_COORDINATOR" : staff >= firstStaff + 10 ? "SOCIAL_RESEARCHER"
                        : "RELATIONS_OFFICER";
                String service = request ? SERVICES[random.nextInt(SERVICES.length)] : null;
                String channel = volunteering ? "VOLUNTEERING" : CHANNELS[random.nextInt(CHANNELS.length)];
                String region = REGIONS[random.nextInt(REGIONS.length)];
                Instant created = now.minusSeconds(random.nextLong(730L * 86_400));
                boolean answered = id % 6 != 0 && responseId < responses;
                Instant answeredAt = answered ? created.plusSeconds(random.nextInt(5 * 86_400)) : null;
                random.nextBytes(token);
                String tokenText = HexFormat.of().formatHex(token);
                String invitationKey = SealedFields.newRowKey();
                int c = 0;
                inv.setLong(++c, id);
                inv.setString(++c, sha256(tokenText));
                inv.setString(++c, seal("survey_invitation", "token_sealed", invitationKey, tokenText));
                inv.setString(++c, "bench:" + id);
                inv.setLong(++c, 1 + random.nextInt(beneficiaries));
                inv.setString(++c, trigger);
                inv.setString(++c, service);
                inv.setString(++c, channel);
                inv.setString(++c, region);
                inv.setString(++c, step);
                inv.setLong(++c, staff);
                inv.setString(++c, team);
                inv.setTimestamp(++c, Timestamp.from(created));
                inv.setTimestamp(++c, Timestamp.from(created.plusSeconds(30L * 86_400)));
                inv.setNull(++c, Types.TIMESTAMP);
                inv.setTimestamp(++c, answeredAt == null ? null : Timestamp.from(answeredAt));
                inv.setString(++c, invitationKey);
                inv.addBatch();
                if (answered) {
                    responseId++;
                    int csat = BenchSurveys.pick(random, new int[] {4, 6, 14, 40, 36});
                    String comment = random.nextInt(6) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
                    String responseKey = SealedFields.newRowKey();
                    c = 0;
                    res.setLong(++c, responseId);
                    res.setLong(++c, id);
                    res.setLong(++c, template);
                    res.setString(++c, trigger);
                    res.setString(++c, service);
                    res.setString(++c, channel);
                    res.setString(++c, region);
                    res.setString(++c, step);
                    res.setLong(++c, staff);
                    res.setString(++c, team);
                    res.setTimestamp(++c, Timestamp.from(answeredAt));
                    res.setDate(++c, Date.valueOf(LocalDate.ofInstant(answeredAt, ZoneOffset.ofHours(3))));
                    res.setInt(++c, csat);
                    res.setInt(++c, 1 + random.nextInt(csat >= 4 ? 3 : 6));
                    res.setInt(++c, Math.min(10, Math.max(0, csat * 2 + random.nextInt(3) - 1)));
                    res.setString(++c, seal("survey_response", "comment", responseKey, comment));
                    res.setBoolean(++c, comment != null && random.nextInt(10) == 0);
                    res.setString(++c, responseKey);
                    res.addBatch();
                    for (int k = 0; k < codes.length; k++) {
                        rat.setLong(1, responseId);
                        rat.setString(2, codes[k]);
                        rat.setInt(3, Math.max(1, Math.min(5, csat + shifts[k] + random.nextInt(3) - 1)));
                        rat.addBatch();
                    }
                }
                if (id % batch == 0 || id == invitations) {
                    inv.executeBatch();
                    res.executeBatch();
                    rat.executeBatch();
                    db.commit();
                }
            }
            if (responseId < responses) {
                log("only %d responses written", responseId);
            }
        }
    }

    /** One new REQUEST_CLOSED invitation, valid 30 days, for each of beneficiaries 1..n (as the portal sends them). */
    void openInvitations(int n, int beneficiaries) throws SQLException {
        long firstStaff = beneficiaries + 1L;
        long first;
        try (Statement s = db.createStatement()) {
            first = count(s, "select coalesce(max(id), 0) from survey_invitation") + 1;
        }
        db.setAutoCommit(false);
        byte[] token = new byte[32];
        try (PreparedStatement inv = db.prepareStatement("insert into survey_invitation (id, token_hash, token_sealed,"
                + " source_key, account_id, trigger_type, service_code, channel, region, step, staff_account_id, team,"
                + " language, created_at, expires_at, row_key) values (?, ?, ?, ?, ?, 'REQUEST_CLOSED', ?, 'WEBSITE', ?,"
                + " 'REGISTERED', ?, ?, 'ar', ?, ?, ?)")) {
            for (int k = 0; k < n; k++) {
                long id = first + k;
                random.nextBytes(token);
                String tokenText = HexFormat.of().formatHex(token);
                long staff = firstStaff + random.nextInt(30);
                String invitationKey = SealedFields.newRowKey();
                int c = 0;
                inv.setLong(++c, id);
                inv.setString(++c, sha256(tokenText));
                inv.setString(++c, seal("survey_invitation", "token_sealed", invitationKey, tokenText));
                inv.setString(++c, "bench-open:" + id);
                inv.setLong(++c, 1 + k % beneficiaries);
                inv.setString(++c, SERVICES[random.nextInt(SERVICES.length)]);
                inv.setString(++c, REGIONS[random.nextInt(REGIONS.length)]);
                inv.setLong(++c, staff);
                inv.setString(++c, staff >= firstStaff + 10 ? "SOCIAL_RESEARCHER" : "RELATIONS_OFFICER");
                inv.setTimestamp(++c, Timestamp.from(now));
                inv.setTimestamp(++c, Timestamp.from(now.plusSeconds(30L * 86_400)));
                inv.setString(++c, invitationKey);
                inv.addBatch();
                if ((k + 1) % batch == 0 || k + 1 == n) {
                    inv.executeBatch();
                    db.commit();
                }
            }
        }
        db.setAutoCommit(true);
        log("%d open survey invitations added", n);
    }

    /** As the entities' {@code SealedFields.seal(table, column, rowKey, plain)}: bound to table, column and row key. */
    private String seal(String table, String column, String rowKey, String plain) {
        return plain == null ? null : cipher.sealText(plain, new FieldBinding(table, column, rowKey));
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + FIRST[random.nextInt(FIRST.length)] + " "
                + LAST[random.nextInt(LAST.length)];
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long secondsSince(long start) {
        return (System.nanoTime() - start) / 1_000_000_000;
    }

    static void log(String format, Object... args) {
        System.out.printf("[generator] " + format + "%n", args);
    }
}
