package org.eshraqa.portal.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Questions and the contact log on the embedded MariaDB, signed in as each role in turn: a whole
 * thread from question to "answered", referral to research, notifications, canned answers, logged
 * contacts and their follow-ups, and every attempt to reach what a role may not.
 */
@RecordApplicationEvents
class InquiriesWholePortalTest extends PortalTestBase {

    static final String RESEARCHER = "researcher@demo.eshraqa.org.sa";
    static final String VOLUNTEER = "volunteer@demo.eshraqa.org.sa";

    @Autowired Inquiries inquiries;
    @Autowired Contacts contacts;
    @Autowired SupportRequests requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired ApplicationEvents events;



    private long version(long inquiryId) {
        return jdbc.queryForObject("select version from inquiry where id = ?", Long.class, inquiryId);
    }

    private List<Long> openQueueIds(InquiryQueueFilter filter) {
        return inquiries.queue(filter, 0, 200).stream().map(InquiryQueueRow::id).toList();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private double counter(String name, String channel) {
        var counter = meters.find(name).tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aQuestionIsAnsweredTheAskerIsNotifiedAndClosesIt() throws Exception {
        double openedBefore = counter("portal.inquiries.opened", "WEBSITE");
        var timer = meters.find("portal.inquiries.first.response.time").timer();
        long answeredBefore = timer == null ? 0 : timer.count();
        int mailsBefore = mailsTo(BENEFICIARY).size();

        signInAs(BENEFICIARY);
        long id = inquiries.ask(new NewQuestion("مواعيد الجلسات", "هل يمكن أن تكون الجلسات مساءً؟", null));
        InquiryThread asked = inquiries.findMine(id).orElseThrow();
        assertThat(asked.state()).isEqualTo(InquiryState.NEW);
        assertThat(asked.channel()).isEqualTo(Channel.WEBSITE);
        assertThat(asked.messages()).singleElement().satisfies(m -> assertThat(m.fromStaff()).isFalse());
        assertThat(inquiries.mine(0, 50)).extracting(InquirySummary::id).contains(id);
        assertThat(counter("portal.inquiries.opened", "WEBSITE")).isEqualTo(openedBefore + 1);

        signInAs(OFFICER);
        assertThat(openQueueIds(InquiryQueueFilter.open())).contains(id);
        StaffInquiryView mirror = inquiries.findForStaff(id).orElseThrow();
        assertThat(mirror.askerName()).isEqualTo("نورة عبدالله القحطاني");
        assertThat(mirror.actions()).contains(InquiryAction.ANSWER, InquiryAction.REFER_TO_RESEARCH);
        inquiries.answer(id, version(id), "نعم، تتوفر جلسات مسائية من الأحد إلى الخميس.");
        assertThat(meters.find("portal.inquiries.first.response.time").timer().count()).isEqualTo(answeredBefore + 1);
        assertThat(events.stream(InquiryAnswered.class).filter(e -> e.inquiryId() == id))
                .singleElement().satisfies(e -> assertThat(e.firstAnswer()).isTrue());
        // The officer who answered an unassigned question holds it.
        assertThat(inquiries.findForStaff(id).orElseThrow().assigneeName()).isEqualTo("ريم خالد الشهري");

        Eventually.until(() -> jdbc.queryForObject("select count(*) from notification where link = ?", Integer.class,
                "inquiries/" + id) == 1);
        // Other tests mail the same demo beneficiary meanwhile: look for this answer's mail.
        Eventually.until(() -> mailsTo(BENEFICIARY).stream().skip(mailsBefore).anyMatch(m -> text(m).contains("/inquiries/" + id)));
        MimeMessage mail = mailsTo(BENEFICIARY).stream().skip(mailsBefore)
                .filter(m -> text(m).contains("/inquiries/" + id)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("وصلك رد على سؤالك");
        assertThat(text(mail)).contains("مواعيد الجلسات");

        signInAs(BENEFICIARY);
        InquiryThread answered = inquiries.findMine(id).orElseThrow();
        assertThat(answered.state()).isEqualTo(InquiryState.WAITING_ON_ASKER);
        assertThat(answered.messages()).hasSize(2).last().satisfies(m -> {
            assertThat(m.fromStaff()).isTrue();
            assertThat(m.body()).contains("جلسات مسائية");
        });
        inquiries.reply(id, answered.version(), "وهل يلزم موعد مسبق؟");
        assertThat(inquiries.findMine(id).orElseThrow().state()).isEqualTo(InquiryState.WAITING_ON_STAFF);

        signInAs(OFFICER);
        inquiries.answer(id, version(id), "نعم، نحدد لك الموعد بالهاتف.");
        assertThat(events.stream(InquiryAnswered.class).filter(e -> e.inquiryId() == id)).hasSize(2)
                .last().satisfies(e -> assertThat(e.firstAnswer()).isFalse());
        assertThat(meters.find("portal.inquiries.first.response.time").timer().count()).isEqualTo(answeredBefore + 1);

        signInAs(BENEFICIARY);
        inquiries.markAnswered(id, version(id));
        assertThat(inquiries.findMine(id).orElseThrow().state()).isEqualTo(InquiryState.ANSWERED);
        assertThatThrownBy(() -> inquiries.reply(id, version(id), "شكرًا"))
                .isInstanceOfSatisfying(InquiryRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("inquiry.refused.closed"));

        signInAs(OFFICER);
        assertThat(openQueueIds(InquiryQueueFilter.open())).doesNotContain(id);
        assertThat(openQueueIds(new InquiryQueueFilter(Set.of(InquiryState.ANSWERED), null, false, false)))
                .contains(id);
        assertThat(inquiries.findForStaff(id).orElseThrow().history()).extracting(StaffInquiryView.HistoryLine::kind)
                .containsExactly(HistoryKind.MARKED_ANSWERED, HistoryKind.ANSWERED, HistoryKind.ASKER_REPLIED,
                        HistoryKind.ANSWERED, HistoryKind.ASKED);
    }

    @Test
    void someoneElsesQuestionIsNotFoundAndCannotBeTouched() {
        signInAs(BENEFICIARY);
        long id = inquiries.ask(new NewQuestion("سؤال خاص", "تفاصيل لا يراها غيري", null));
        long v = version(id);

        signInAs(VOLUNTEER);
        assertThat(inquiries.findMine(id)).isEmpty();
        assertThat(inquiries.mine(0, 100)).extracting(InquirySummary::id).doesNotContain(id);
        assertThatThrownBy(() -> inquiries.reply(id, v, "أنا أيضًا")).isInstanceOf(InquiryNotFound.class);
        assertThatThrownBy(() -> inquiries.markAnswered(id, v)).isInstanceOf(InquiryNotFound.class);
        assertThatThrownBy(() -> inquiries.findForStaff(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inquiries.answer(id, v, "جواب")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inquiries.queue(InquiryQueueFilter.open(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(version(id)).isEqualTo(v);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> inquiries.findMine(id))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void emptyOrHugeMessagesAndSomeoneElsesRequestAreRefused() {
        signInAs(BENEFICIARY);
        assertThatThrownBy(() -> inquiries.ask(new NewQuestion("  ", "\n\t ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("subject", "field.required").containsEntry("body", "field.required"));
        assertThatThrownBy(() -> inquiries.ask(new NewQuestion("س".repeat(151), "ن".repeat(4001), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("subject", "inquiry.text.tooLong").containsEntry("body", "inquiry.text.tooLong"));

        long mine = requests.startDraft("THERAPY_SESSIONS");
        long id = inquiries.ask(new NewQuestion("عن طلبي", "متى يراجع؟", mine));
        assertThat(inquiries.findMine(id).orElseThrow().requestId()).isEqualTo(mine);

        signInAs(VOLUNTEER);
        assertThatThrownBy(() -> inquiries.ask(new NewQuestion("طلب غيري", "أريد تفاصيله", mine)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("request", "inquiry.request.notYours"));
        assertThat(jdbc.queryForObject("select count(*) from inquiry where subject = 'طلب غيري'", Integer.class))
                .isZero();

        signInAs(BENEFICIARY);
        assertThatThrownBy(() -> inquiries.reply(id, version(id), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("body", "field.required"));
        assertThatThrownBy(() -> inquiries.reply(id, version(id) - 1, "قديمة")).isInstanceOf(ChangedMeanwhile.class);

        signInAs(OFFICER);
        assertThatThrownBy(() -> inquiries.answer(id, version(id), "ج".repeat(4001)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theOfficerRefersAProcedureQuestionToAResearcherWhoAnswersIt() {
        signInAs(BENEFICIARY);
        long id = inquiries.ask(new NewQuestion("إجراءات الدراسة الاجتماعية", "ما الذي تتضمنه زيارة الباحث؟", null));

        signInAs(OFFICER);
        long researcher = accountId(RESEARCHER);
        // Other tests create staff of their own in the shared database: only membership is certain.
        assertThat(inquiries.researchers()).extracting(StaffMember::accountId)
                .contains(researcher).doesNotContain(accountId(OFFICER), accountId(BENEFICIARY));
        assertThatThrownBy(() -> inquiries.assign(id, version(id), accountId(BENEFICIARY)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("assignee", "inquiry.assignee.invalid"));
        assertThatThrownBy(() -> inquiries.referToResearch(id, version(id), accountId(OFFICER), null))
                .isInstanceOf(InvalidInputException.class);
        inquiries.referToResearch(id, version(id), researcher, "السؤال عن إجراءات البحث");

        signInAs(RESEARCHER);
        assertThat(openQueueIds(new InquiryQueueFilter(Set.of(), null, true, true))).contains(id);
        StaffInquiryView mirror = inquiries.findForStaff(id).orElseThrow();
        assertThat(mirror.referredToResearch()).isTrue();
        assertThat(mirror.actions()).contains(InquiryAction.ANSWER).doesNotContain(InquiryAction.REFER_TO_RESEARCH);
        assertThat(mirror.history().getFirst().kind()).isEqualTo(HistoryKind.REFERRED);
        assertThatThrownBy(() -> inquiries.referToResearch(id, version(id), researcher, null))
                .isInstanceOf(AccessDeniedException.class);
        inquiries.answer(id, version(id), "يزورك الباحث ليتعرف على احتياجك وظروف أسرتك.");
        inquiries.close(id, version(id), "أجيب عن السؤال");

        // The history's notes (referral, closing, assignee) are sealed at rest and read back whole.
        assertThat(jdbc.queryForList("select note from inquiry_history where inquiry_id = ? and note is not null",
                String.class, id)).hasSizeGreaterThanOrEqualTo(2).allSatisfy(note -> assertThat(note)
                .startsWith("enc2:").doesNotContain("إجراءات").doesNotContain("أجيب"));
        assertThat(inquiries.findForStaff(id).orElseThrow().history()).extracting(h -> h.note())
                .contains("السؤال عن إجراءات البحث", "أجيب عن السؤال");

        signInAs(BENEFICIARY);
        InquiryThread thread = inquiries.findMine(id).orElseThrow();
        assertThat(thread.state()).isEqualTo(InquiryState.CLOSED);
        assertThat(thread.messages().getLast().authorName()).isEqualTo("د. هند سعد الدوسري");
    }

    @Test
    void staffLogContactsOnEveryChannelAndFollowUpWhenDue() {
        double phoneBefore = counter("portal.contacts.logged", "PHONE");
        signInAs(OFFICER);
        long id = contacts.log(new NewContact(Channel.PHONE, null, "سعد العمري", "0551234567",
                "سأل عن موعد البت", "أوضحت أن اللجنة تبت خلال أسبوعين", contacts.today(), false));
        assertThat(counter("portal.contacts.logged", "PHONE")).isEqualTo(phoneBefore + 1);
        assertThat(events.stream(ContactLogged.class).filter(e -> e.contactId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.channel()).isEqualTo(Channel.PHONE);
                    assertThat(e.finished()).isFalse();
                });
        ContactRow due = contacts.followUpsDue(0, 200).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(due.personMobile()).isEqualTo("+966551234567");
        assertThat(due.followUpDue(contacts.today())).isTrue();

        long letter = contacts.log(new NewContact(Channel.LETTER, null, "جمعية شريكة", "0561112223",
                "خطاب تعاون", "أحيل إلى الإدارة", null, false));
        assertThat(events.stream(ContactLogged.class).filter(e -> e.contactId() == letter)).singleElement()
                .satisfies(e -> assertThat(e.finished()).isTrue());
        assertThat(contacts.recent(Channel.LETTER, 0, 50)).extracting(ContactRow::id).contains(letter)
                .doesNotContain(id);

        contacts.completeFollowUp(id, due.version(), "اتصلت به وأبلغته بالقرار");
        assertThat(contacts.followUpsDue(0, 200)).extracting(ContactRow::id).doesNotContain(id);
        // What was said and done is sealed at rest, bound to the contact, and reads back whole.
        assertThat(jdbc.queryForMap("select outcome, follow_up_note from contact_log where id = ?", id).values())
                .allSatisfy(v -> assertThat(String.valueOf(v)).startsWith("enc2:").doesNotContain("اللجنة")
                        .doesNotContain("بالقرار"));
        assertThat(contacts.recent(Channel.PHONE, 0, 200)).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo("أوضحت أن اللجنة تبت خلال أسبوعين");
                    assertThat(c.followUpNote()).isEqualTo("اتصلت به وأبلغته بالقرار");
                });
        assertThat(events.stream(ContactFinished.class).filter(e -> e.contactId() == id)).hasSize(1);
        assertThatThrownBy(() -> contacts.completeFollowUp(id, due.version() + 1, null))
                .isInstanceOf(InquiryRefused.class);
    }

    @Test
    void aQuestionByPhoneFromAPersonWithAnAccountReachesThemInThePortal() {
        signInAs(OFFICER);
        assertThat(contacts.findPerson(BENEFICIARY)).get().extracting(PersonMatch::fullName)
                .isEqualTo("نورة عبدالله القحطاني");
        assertThat(contacts.findPerson("beneficiary@demo")).isEmpty();
        long id = contacts.log(new NewContact(Channel.SOCIAL_MEDIA, BENEFICIARY.toUpperCase(), null, null,
                "سؤال عن التطوع", "هل يمكنني التطوع وأنا مستفيدة؟", null, true));
        Long inquiryId = contacts.recent(Channel.SOCIAL_MEDIA, 0, 50).stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow().inquiryId();
        assertThat(inquiryId).isNotNull();
        assertThat(openQueueIds(new InquiryQueueFilter(Set.of(), Channel.SOCIAL_MEDIA, false, false)))
                .contains(inquiryId);

        signInAs(BENEFICIARY);
        InquiryThread thread = inquiries.findMine(inquiryId).orElseThrow();
        assertThat(thread.channel()).isEqualTo(Channel.SOCIAL_MEDIA);
        assertThat(thread.subject()).isEqualTo("سؤال عن التطوع");
    }

    @Test
    void badContactsAreRefusedFieldByFieldAndBeneficiariesCannotLogAny() {
        signInAs(OFFICER);
        assertThatThrownBy(() -> contacts.log(new NewContact(null, null, " ", "12345", "", "", contacts.today()
                .minusDays(1), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("channel", "field.required")
                        .containsEntry("personName", "field.required")
                        .containsEntry("personMobile", "validation.mobile")
                        .containsEntry("topic", "field.required")
                        .containsEntry("outcome", "field.required")
                        .containsEntry("followUpOn", "contact.followUp.range")
                        .containsEntry("openInquiry", "contact.inquiry.needsAccount"));
        assertThatThrownBy(() -> contacts.log(new NewContact(Channel.INTERVIEW, "nobody@example.org", null, null,
                "موضوع", "نتيجة", null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("account", "contact.account.notFound"));

        signInAs(BENEFICIARY);
        assertThatThrownBy(() -> contacts.log(new NewContact(Channel.PHONE, null, "أحد", "0551234567", "موضوع",
                "نتيجة", null, false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.recent(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.findPerson(OFFICER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdministratorKeepsCannedAnswersThatStaffUse() {
        signInAs(ADMIN);
        CannedAnswerView created = inquiries.saveCannedAnswer(null, 0,
                new CannedAnswerDraft("ساعات العمل", "Opening hours", "من الأحد إلى الخميس", "Sunday to Thursday", 5,
                        true));
        assertThatThrownBy(() -> inquiries.saveCannedAnswer(null, 0, new CannedAnswerDraft("", "x", "y", "", 1, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("titleAr", "bodyEn"));

        signInAs(OFFICER);
        assertThat(inquiries.cannedAnswers()).extracting(CannedAnswerView::titleEn)
                .contains("Opening hours", "Time to a decision");
        assertThatThrownBy(() -> inquiries.saveCannedAnswer(created.id(), created.version(),
                new CannedAnswerDraft("x", "x", "x", "x", 1, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inquiries.deleteCannedAnswer(created.id())).isInstanceOf(AccessDeniedException.class);

        signInAs(ADMIN);
        CannedAnswerView hidden = inquiries.saveCannedAnswer(created.id(), created.version(),
                new CannedAnswerDraft("ساعات العمل", "Opening hours", "من الأحد إلى الخميس", "Sunday to Thursday", 5,
                        false));
        assertThatThrownBy(() -> inquiries.saveCannedAnswer(created.id(), created.version(),
                new CannedAnswerDraft("قديم", "Old", "قديم", "Old", 5, true))).isInstanceOf(ChangedMeanwhile.class);
        signInAs(OFFICER);
        assertThat(inquiries.cannedAnswers()).extracting(CannedAnswerView::id).doesNotContain(hidden.id());

        signInAs(ADMIN);
        inquiries.deleteCannedAnswer(hidden.id());
        assertThat(inquiries.allCannedAnswers()).extracting(CannedAnswerView::id).doesNotContain(hidden.id());
    }
}
