package org.eshraqa.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The content API on the embedded MariaDB: what each role reads, what only the administrator
 * writes, the staff-only guides kept from everyone else, and the Arabic search.
 */
class ContentWholePortalTest extends PortalTestBase {

    static final String VOLUNTEER = "volunteer@demo.eshraqa.org.sa";
    static final String RESEARCHER = "researcher@demo.eshraqa.org.sa";
    static final String COMMITTEE = "committee@demo.eshraqa.org.sa";
    static final String QUALITY = "quality@demo.eshraqa.org.sa";
    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Autowired Content content;


    /** A visitor as the web sees one: the anonymous authentication of Spring Security. */
    private void visitor() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }


    private static EntryDraft faqDraft(String slug, String question, String answer) {
        return new EntryDraft(null, ContentKind.FAQ, slug, Audience.PUBLIC, question, "Question " + slug, answer,
                "Answer " + slug, true, 0);
    }

    private long createAsAdmin(EntryDraft draft) {
        signInAs(ADMIN);
        try {
            return content.save(draft);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<String> slugs(List<EntrySummary> entries) {
        return entries.stream().map(EntrySummary::slug).toList();
    }

    @Test
    void aVisitorReadsTheSeededPagesFaqAndPublicGuide() {
        visitor();
        Article about = content.page("about").orElseThrow();
        assertThat(about.title(ARABIC)).isEqualTo("عن الجمعية");
        assertThat(about.html(ENGLISH)).contains("<h2>Our aim</h2>");

        Article contact = content.page("contact").orElseThrow();
        // Every channel of P-8, in the policy's words.
        assertThat(contact.html(ARABIC)).contains("<h2>المقابلة</h2>", "<h2>الاتصالات الهاتفية</h2>",
                "<h2>وسائل التواصل الاجتماعي</h2>", "<h2>الخطابات</h2>", "<h2>خدمات طلب المساعدة</h2>",
                "<h2>خدمة التطوع</h2>", "<h2>الموقع الإلكتروني للجمعية</h2>", "href=\"tel:920000000\"");
        assertThat(contact.html(ENGLISH)).contains("Phone calls", "Letters", "Volunteering", "placeholder");

        assertThat(content.faq()).hasSizeGreaterThanOrEqualTo(6).extracting(Article::slug)
                .contains("data-sharing", "visit-in-person", "not-only-severe-illness", "decision-time", "fees",
                        "apply-on-behalf");
        assertThat(content.faqEntry("decision-time").orElseThrow().html(ENGLISH)).contains("14 days");
        assertThat(content.guide("support-policy").orElseThrow().html(ARABIC))
                .contains("القنوات المستخدمة للتواصل مع المستفيدين");
        assertThat(content.page("no-such-page")).isEmpty();

        SecurityContextHolder.clearContext();
        assertThat(content.faq()).as("also with no authentication at all").isNotEmpty();
    }

    @Test
    void staffOnlyGuidesAreNotFoundForVisitorsBeneficiariesAndVolunteers() {
        visitor();
        assertThat(content.guide("bylaws")).isEmpty();
        assertThat(content.guide("social-research")).isEmpty();
        assertThat(slugs(content.guides())).contains("support-policy").doesNotContain("bylaws", "social-research");
        for (String person : List.of(BENEFICIARY, VOLUNTEER)) {
            signInAs(person);
            assertThat(content.guide("bylaws")).as(person).isEmpty();
            assertThat(slugs(content.guides())).as(person).doesNotContain("bylaws", "social-research");
            // Nor by id through the editor's door.
            long id = guideId("bylaws");
            assertThatThrownBy(() -> content.draft(id)).as(person).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void everyStaffRoleReadsTheStaffOnlyGuides() {
        for (String person : List.of(OFFICER, RESEARCHER, COMMITTEE, QUALITY, ADMIN)) {
            signInAs(person);
            assertThat(content.guide("bylaws")).as(person).hasValueSatisfying(
                    g -> assertThat(g.title(ARABIC)).isEqualTo("اللائحة الأساسية للجمعية"));
            assertThat(slugs(content.guides())).as(person).contains("support-policy", "bylaws", "social-research");
        }
    }

    private long guideId(String slug) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        signInAs(ADMIN);
        long id = content.entries(ContentKind.GUIDE).stream().filter(g -> g.slug().equals(slug)).findFirst()
                .orElseThrow().id();
        SecurityContextHolder.getContext().setAuthentication(saved);
        return id;
    }

    @Test
    void theAdministratorCreatesPublishesEditsReordersAndDeletesAnFaqEntry() {
        signInAs(ADMIN);
        String slug = "test-crud-" + System.nanoTime();
        EntryDraft draft = new EntryDraft(null, ContentKind.FAQ, slug, Audience.STAFF, "  سؤال تجريبي؟ ",
                "A test question?", "جواب **مهم**", "An **important** answer", false, 0);
        long id = content.save(draft);
        EntryDraft saved = content.draft(id).orElseThrow();
        assertThat(saved.titleAr()).as("trimmed").isEqualTo("سؤال تجريبي؟");
        assertThat(saved.audience()).as("an FAQ entry is always public").isEqualTo(Audience.PUBLIC);
        assertThat(slugs(content.entries(ContentKind.FAQ))).endsWith(slug);
        assertThat(content.faqEntry(slug)).as("not published yet").isEmpty();

        content.publish(id, saved.version(), true);
        assertThat(content.faqEntry(slug).orElseThrow().html(ENGLISH)).contains("<strong>important</strong>");
        EntryDraft published = content.draft(id).orElseThrow();

        // The administrator's second tab still holds the old version: refused, nothing overwritten.
        assertThatThrownBy(() -> content.save(new EntryDraft(id, ContentKind.FAQ, slug, Audience.PUBLIC, "قديم", "Old",
                "قديم", "Old", true, saved.version()))).isInstanceOf(EditConflict.class);
        content.save(new EntryDraft(id, ContentKind.FAQ, slug, Audience.PUBLIC, "سؤال معدّل؟", "An edited question?",
                "جواب معدّل", "Edited answer", true, published.version()));
        assertThat(content.faqEntry(slug).orElseThrow().title(ARABIC)).isEqualTo("سؤال معدّل؟");

        List<String> before = slugs(content.entries(ContentKind.FAQ));
        content.move(id, true);
        List<String> after = slugs(content.entries(ContentKind.FAQ));
        assertThat(after.indexOf(slug)).isEqualTo(before.indexOf(slug) - 1);
        assertThat(content.faq().stream().map(Article::slug).toList().indexOf(slug))
                .isEqualTo(after.indexOf(slug));
        content.move(id, false);
        assertThat(slugs(content.entries(ContentKind.FAQ))).isEqualTo(before);

        long version = content.draft(id).orElseThrow().version();
        assertThatThrownBy(() -> content.delete(id, version - 1)).isInstanceOf(EditConflict.class);
        content.delete(id, version);
        assertThat(content.draft(id)).isEmpty();
        assertThat(content.faqEntry(slug)).isEmpty();
        assertThatThrownBy(() -> content.publish(id, version, true)).isInstanceOf(EditConflict.class);
    }

    @Test
    void pagesAreEditedAndHiddenButNeverAddedOrRemoved() {
        signInAs(ADMIN);
        EntryDraft about = content.entries(ContentKind.PAGE).stream().filter(p -> p.slug().equals("about"))
                .findFirst().flatMap(p -> content.draft(p.id())).orElseThrow();
        assertThatThrownBy(() -> content.delete(about.id(), about.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("kind", "content.page.fixed"));
        assertThatThrownBy(() -> content.save(new EntryDraft(null, ContentKind.PAGE, "new-page", Audience.PUBLIC, "ع",
                "E", "ن", "T", true, 0))).isInstanceOf(InvalidInputException.class);
        // A slug sent for a page is ignored: the route that shows it keeps working.
        long id = content.save(new EntryDraft(about.id(), ContentKind.PAGE, "renamed", Audience.STAFF, about.titleAr(),
                about.titleEn(), about.bodyAr(), about.bodyEn(), true, about.version()));
        visitor();
        assertThat(content.page("about")).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(id));
    }

    @Test
    void invalidInputIsRefusedFieldByField() {
        signInAs(ADMIN);
        assertThatThrownBy(() -> content.save(new EntryDraft(null, ContentKind.GUIDE, "Bad Slug!", Audience.PUBLIC,
                " ", "T".repeat(Content.MAX_TITLE + 1), "", "x".repeat(Content.MAX_BODY + 1), true, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("slug", "content.validation.slug")
                        .containsEntry("titleAr", "content.validation.title.required")
                        .containsEntry("titleEn", "content.validation.title.tooLong")
                        .containsEntry("bodyAr", "content.validation.body.required")
                        .containsEntry("bodyEn", "content.validation.body.tooLong"));
        assertThatThrownBy(() -> content.save(faqDraft("fees", "س", "ج")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("slug", "content.validation.slug.taken"));
        // The limit itself is accepted.
        String slug = "long-body-" + System.nanoTime();
        long id = content.save(new EntryDraft(null, ContentKind.GUIDE, slug, Audience.STAFF, "دليل طويل", "Long guide",
                "ن".repeat(Content.MAX_BODY), "b".repeat(Content.MAX_BODY), false, 0));
        content.delete(id, content.draft(id).orElseThrow().version());
    }

    @Test
    void onlyTheAdministratorWrites() {
        signInAs(ADMIN);
        long id = content.entries(ContentKind.FAQ).getFirst().id();
        for (String person : List.of(BENEFICIARY, OFFICER, COMMITTEE)) {
            signInAs(person);
            assertThatThrownBy(() -> content.save(faqDraft("not-allowed", "س", "ج"))).as(person)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.entries(ContentKind.FAQ)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.draft(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.publish(id, 0, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.move(id, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.delete(id, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.preview("x")).isInstanceOf(AccessDeniedException.class);
        }
        visitor();
        assertThatThrownBy(() -> content.save(faqDraft("not-allowed", "س", "ج")))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> content.delete(id, 0))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void arabicSearchIgnoresDiacriticsAndLetterVariants() {
        visitor();
        // Stored as "هل تُشارَك معلوماتي مع جهات أخرى؟"
        for (String query : List.of("تشارك معلوماتي", "تُشارَك مَعلوماتي", "اخرى", "أخري", "إخرى", "المعلومات",
                "معلوماتى جهات")) {
            assertThat(slugs(content.search(query))).as(query).contains("data-sharing");
        }
        // "الصحة النفسية" typed with ه for ة, tatweel and an alef with hamza in "إشراقة".
        assertThat(slugs(content.search("الصحه النفسـيه اشراقه"))).contains("support-policy");
        // Arabic-Indic digits find Latin ones and the other way round.
        assertThat(slugs(content.search("١٤"))).contains("decision-time");
        assertThat(slugs(content.search("14 يوما"))).contains("decision-time");
        assertThat(slugs(content.search("FEE"))).contains("fees");
        // Every word must match; FAQ entries come before guides.
        assertThat(slugs(content.search("تشارك زمردي"))).isEmpty();
        List<EntrySummary> both = content.search("لجنة البحث");
        assertThat(both).extracting(EntrySummary::kind).contains(ContentKind.FAQ, ContentKind.GUIDE).isSorted();
        assertThat(content.search("   ")).isEmpty();
        assertThat(content.search("%")).isEmpty();
    }

    @Test
    void searchNeverFindsStaffOnlyOrUnpublishedEntriesForThoseWhoMayNotReadThem() {
        String staffSlug = "staff-search-" + System.nanoTime();
        String hiddenSlug = "hidden-search-" + System.nanoTime();
        createAsAdmin(new EntryDraft(null, ContentKind.GUIDE, staffSlug, Audience.STAFF, "دليل الزُّمُرُّد الداخلي",
                "Emerald internal guide", "إجراءات الزمرد", "Emerald procedures", true, 0));
        createAsAdmin(new EntryDraft(null, ContentKind.FAQ, hiddenSlug, Audience.PUBLIC, "سؤال الزمرد المخفي",
                "Hidden emerald question", "الزمرد", "Emerald", false, 0));

        for (String person : List.of(BENEFICIARY, VOLUNTEER)) {
            signInAs(person);
            assertThat(content.search("الزمرد")).as(person).isEmpty();
            assertThat(content.search("emerald")).as(person).isEmpty();
        }
        visitor();
        assertThat(content.search("زمرد")).isEmpty();
        // The seeded staff-only bylaws are named in the public policy guide: only the public guide is found.
        assertThat(slugs(content.search("اللائحة الأساسية"))).contains("support-policy")
                .doesNotContain("bylaws");

        signInAs(OFFICER);
        assertThat(slugs(content.search("الزمرد"))).containsExactly(staffSlug);
        assertThat(content.search("emerald").getFirst().path()).isEqualTo("guides/" + staffSlug);
        assertThat(slugs(content.search("اللائحة الأساسية"))).contains("support-policy", "bylaws");
    }
}
