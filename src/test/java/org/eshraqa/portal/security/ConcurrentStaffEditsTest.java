package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.ContentKind;
import org.eshraqa.portal.content.EditConflict;
import org.eshraqa.portal.content.EntryDraft;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryThread;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.requests.ConcurrentChange;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.portal.volunteering.Availability;
import org.eshraqa.portal.volunteering.ChangedMeanwhile;
import org.eshraqa.portal.volunteering.DocumentKind;
import org.eshraqa.portal.volunteering.Education;
import org.eshraqa.portal.volunteering.Gender;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.Skill;
import org.eshraqa.portal.volunteering.SpokenLanguage;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many staff change the same record at the same moment, each from the version they loaded: 16
 * threads on one support request, one volunteer application, one inquiry and one content entry.
 * No update is lost (each version is won by at most one writer and the final state is the last
 * winner's), every loser gets the module's concurrent-change exception and nothing of a losing
 * change is written.
 */
class ConcurrentStaffEditsTest extends PortalTestBase {

    private static final int THREADS = 16;
    private static final int ATTEMPTS = 3;
    private static final String COORDINATOR = "coordinator@demo.eshraqa.org.sa";

    @Autowired SupportRequests requests;
    @Autowired VolunteerApplications applications;
    @Autowired Inquiries inquiries;
    @Autowired Content content;
    @Autowired JdbcTemplate jdbc;

    /** One try: the version the writer had loaded, and whether its change was taken. */
    record Attempt(int thread, int attempt, long version, boolean won) {

        String label() {
            return "t" + thread + "-a" + attempt;
        }
    }

    @FunctionalInterface
    interface Edit {
        void apply(int thread, int attempt, long loadedVersion);
    }

    /**
     * Runs {@code attempts} edits on each of {@link #THREADS} threads, all released at once. Each
     * edit loads the version first, as a page does. Only {@code loser} counts as a lost race; any
     * other exception fails the test.
     */
    private List<Attempt> race(int attempts, IntFunction<String> account, LongSupplier version, Edit edit,
                               Class<? extends RuntimeException> loser) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Attempt>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    signInAs(account.apply(thread));
                    try {
                        start.await();
                        List<Attempt> mine = new ArrayList<>();
                        for (int a = 0; a < attempts; a++) {
                            long loaded = version.getAsLong();
                            try {
                                edit.apply(thread, a, loaded);
                                mine.add(new Attempt(thread, a, loaded, true));
                            } catch (RuntimeException e) {
                                if (!loser.isInstance(e)) {
                                    throw e;
                                }
                                mine.add(new Attempt(thread, a, loaded, false));
                            }
                        }
                        return mine;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<Attempt> all = new ArrayList<>();
            for (Future<List<Attempt>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The proof common to every record: no two writers won from the same version, each win moved
     * the version by exactly one, every other attempt was told it lost. Returns the winners in the
     * order their changes were applied.
     */
    private static List<Attempt> noLostUpdate(List<Attempt> attempts, long before, long after) {
        List<Attempt> winners = attempts.stream().filter(Attempt::won)
                .sorted(Comparator.comparingLong(Attempt::version)).toList();
        assertThat(winners).as("someone won").isNotEmpty();
        assertThat(winners).extracting(Attempt::version).as("one winner per loaded version").doesNotHaveDuplicates();
        assertThat(after).as("each win is one new version, nothing else changed it").isEqualTo(before + winners.size());
        assertThat(winners).extracting(Attempt::version).as("the wins form one unbroken sequence")
                .containsExactlyElementsOf(java.util.stream.LongStream.range(before, after).boxed().toList());
        assertThat(attempts.stream().filter(a -> !a.won()).count()).as("losers, each told")
                .isEqualTo(attempts.size() - winners.size());
        return winners;
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    // ---------------------------------------------------------------- support request

    @Test
    void sixteenOfficersTakingTheSameRequestAtOnce() throws Exception {
        String beneficiary = newAccount("هند سالم العنزي", Role.BENEFICIARY);
        signInAs(beneficiary);
        long id = Samples.submittedRequest(requests, "THERAPY_SESSIONS", "هند سالم العنزي");
        SecurityContextHolder.clearContext();
        List<String> officers = List.of(OFFICER, newAccount("ريم خالد", Role.RELATIONS_OFFICER),
                newAccount("نوف سعد", Role.RELATIONS_OFFICER), newAccount("لمى فهد", Role.RELATIONS_OFFICER));
        long loaded = version("support_request", id);
        int auditBefore = count("select count(*) from support_request_audit where request_id = ?", id);

        // Everyone opened the request at the same version and takes it into verification.
        List<Attempt> take = race(1, t -> officers.get(t % officers.size()), () -> loaded,
                (t, a, v) -> requests.takeIntoVerification(id, v), ConcurrentChange.class);
        List<Attempt> winners = noLostUpdate(take, loaded, version("support_request", id));
        assertThat(winners).hasSize(1);
        assertThat(jdbc.queryForObject("select state from support_request where id = ?", String.class, id))
                .isEqualTo(RequestState.IN_VERIFICATION.name());
        assertThat(count("select count(*) from support_request_audit where request_id = ?", id))
                .as("one move in the audit, none of the losers'").isEqualTo(auditBefore + 1);
        long winnerAccount = accountId(officers.get(winners.getFirst().thread() % officers.size()));
        assertThat(jdbc.queryForObject("select assignee_account_id from support_request where id = ?", Long.class, id))
                .as("the request is the winner's").isEqualTo(winnerAccount);

        // Then they tick the checks again and again, each from the version they just read.
        long start = version("support_request", id);
        List<Attempt> ticks = race(ATTEMPTS, t -> officers.get(t % officers.size()),
                () -> version("support_request", id),
                (t, a, v) -> {
                    // The ticks written from version v spell v - start + 1 in three bits: every
                    // win changes them, so every win is a real update.
                    int code = (int) ((v - start + 1) % 8);
                    requests.recordVerification(id, v, (code & 1) != 0, (code & 2) != 0, (code & 4) != 0);
                }, ConcurrentChange.class);
        List<Attempt> tickWinners = noLostUpdate(ticks, start, version("support_request", id));
        int last = (int) ((tickWinners.getLast().version() - start + 1) % 8);
        var flags = jdbc.queryForMap("select checked_identity, checked_documents, checked_data, state "
                + "from support_request where id = ?", id);
        assertThat(flags.get("checked_identity")).isEqualTo((last & 1) != 0);
        assertThat(flags.get("checked_documents")).isEqualTo((last & 2) != 0);
        assertThat(flags.get("checked_data")).isEqualTo((last & 4) != 0);
        assertThat(flags.get("state")).isEqualTo(RequestState.IN_VERIFICATION.name());
        assertThat(count("select count(*) from support_request_audit where request_id = ?", id))
                .as("ticking moves nothing").isEqualTo(auditBefore + 1);
    }

    // ---------------------------------------------------------------- volunteer application

    private static VolunteerProfile profile(String name) {
        return new VolunteerProfile(name, "1000000008", LocalDate.of(1994, 5, 2), Gender.FEMALE, Region.RIYADH,
                "الرياض", "0551234567", "volunteer.race@example.org", Education.BACHELOR, "علم النفس",
                "سنة في حملات توعية", "أحب أن أخدم مجتمعي", Set.of(Skill.PUBLIC_SPEAKING), Set.of(SpokenLanguage.ARABIC),
                Set.of(Interest.EVENTS), List.of(),
                List.of(new Availability(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(22, 0))));
    }

    @Test
    void sixteenCoordinatorsMovingTheSameInterview() throws Exception {
        String volunteer = newAccount("ريما عادل الحربي", Role.BENEFICIARY);
        signInAs(volunteer);
        long id = applications.startDraft();
        assertThat(applications.saveDraft(id, profile("ريما عادل الحربي"))).isEmpty();
        applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf());
        applications.submit(id, true);
        signInAs(COORDINATOR);
        applications.startReview(id, version("volunteer_application", id));
        LocalDateTime day = LocalDate.now().plusDays(10).atTime(10, 0);
        applications.scheduleInterview(id, version("volunteer_application", id), day, MeetingMode.IN_PERSON, "المقر");
        SecurityContextHolder.clearContext();
        String second = newAccount("منيرة صالح", Role.VOLUNTEER_COORDINATOR);
        long start = version("volunteer_application", id);
        int auditBefore = count("select count(*) from volunteer_application_audit where application_id = ?", id);

        List<Attempt> attempts = race(ATTEMPTS, t -> t % 2 == 0 ? COORDINATOR : second,
                () -> version("volunteer_application", id),
                (t, a, v) -> applications.scheduleInterview(id, v, day.plusMinutes(t * 10L + a), MeetingMode.IN_PERSON,
                        "قاعة " + t + "-" + a), ChangedMeanwhile.class);
        List<Attempt> winners = noLostUpdate(attempts, start, version("volunteer_application", id));
        Attempt last = winners.getLast();
        assertThat(jdbc.queryForObject("select interview_location from volunteer_application where id = ?",
                String.class, id)).as("the last winner's room").isEqualTo("قاعة " + last.thread() + "-" + last.attempt());
        assertThat(count("select count(*) from volunteer_application_audit where application_id = ?", id))
                .as("one audit line per win, none for a loser").isEqualTo(auditBefore + winners.size());
    }

    // ---------------------------------------------------------------- inquiry

    @Test
    void sixteenOfficersAnsweringTheSameQuestion() throws Exception {
        String asker = newAccount("سلمى ناصر", Role.BENEFICIARY);
        signInAs(asker);
        long id = inquiries.ask(new NewQuestion("مواعيد المساء", "هل توجد جلسات بعد المغرب؟", null));
        SecurityContextHolder.clearContext();
        String second = newAccount("عبير ماجد", Role.RELATIONS_OFFICER);
        long start = version("inquiry", id);

        List<Attempt> attempts = race(ATTEMPTS, t -> t % 2 == 0 ? OFFICER : second, () -> version("inquiry", id),
                (t, a, v) -> inquiries.answer(id, v, "جواب " + t + "-" + a),
                org.eshraqa.portal.inquiries.ChangedMeanwhile.class);
        List<Attempt> winners = noLostUpdate(attempts, start, version("inquiry", id));

        signInAs(asker);
        InquiryThread thread = inquiries.findMine(id).orElseThrow();
        assertThat(thread.messages().stream().filter(ThreadMessage::fromStaff).map(ThreadMessage::body))
                .as("every winner's answer, in the order the versions were won; no loser's")
                .containsExactlyElementsOf(winners.stream().map(w -> "جواب " + w.thread() + "-" + w.attempt()).toList());
        assertThat(thread.version()).isEqualTo(start + winners.size());
    }

    // ---------------------------------------------------------------- content entry

    @Test
    void sixteenAdministratorsSavingTheSameFaqEntry() throws Exception {
        signInAs(ADMIN);
        String slug = "race-" + System.nanoTime();
        long id = content.save(new EntryDraft(null, ContentKind.FAQ, slug, Audience.PUBLIC, "سؤال السباق؟",
                "Race question?", "الجواب الأول", "First answer", true, 0));
        SecurityContextHolder.clearContext();
        long start = version("content_entry", id);

        List<Attempt> attempts = race(ATTEMPTS, t -> ADMIN, () -> version("content_entry", id),
                (t, a, v) -> content.save(new EntryDraft(id, ContentKind.FAQ, slug, Audience.PUBLIC, "سؤال السباق؟",
                        "Race question?", "جواب " + t + "-" + a, "Answer " + t + "-" + a, true, v)),
                EditConflict.class);
        List<Attempt> winners = noLostUpdate(attempts, start, version("content_entry", id));
        Attempt last = winners.getLast();
        signInAs(ADMIN);
        EntryDraft stored = content.draft(id).orElseThrow();
        assertThat(stored.bodyAr()).isEqualTo("جواب " + last.thread() + "-" + last.attempt());
        assertThat(stored.bodyEn()).as("both languages from the same winner")
                .isEqualTo("Answer " + last.thread() + "-" + last.attempt());
    }
}
