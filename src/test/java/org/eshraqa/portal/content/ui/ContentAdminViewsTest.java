package org.eshraqa.portal.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.ContentKind;
import org.eshraqa.portal.content.EntryDraft;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The administrator's editor: preview through the reader's sanitiser, refused input kept and
 * explained in the administrator's language, a change made meanwhile never overwritten, deleting
 * only after a confirmation. Nobody else reaches it.
 */
class ContentAdminViewsTest extends PortalBrowserlessTest {

    static final String ATTACK = """
            Safe **text**.

            <script>alert('x')</script>

            <img src=x onerror="alert('y')">

            [click me](javascript:alert('z'))
            """;

    @Autowired Content content;

    private TextField field(String id) {
        return $(TextField.class).withId(id).single();
    }

    private TextArea area(String id) {
        return $(TextArea.class).withId(id).single();
    }

    private void type(String id, String value) {
        if (id.startsWith("entry-body")) {
            test(area(id)).setValue(value);
        } else {
            test(field(id)).setValue(value);
        }
    }

    private String preview(String language) {
        return $(ArticleBody.class).withId("entry-preview-" + language).single().html();
    }

    private void save() {
        test($(Button.class).withId("entry-save").single()).click();
    }

    private void fillValid(String slug) {
        type("entry-slug", slug);
        type("entry-title-ar", "سؤال تجريبي عن المواعيد؟");
        type("entry-title-en", "A test question about appointments?");
        type("entry-body-ar", "جواب **واضح**.");
        type("entry-body-en", "A **clear** answer.");
    }

    /** The entries listed on the open tab, by slug. */
    private List<String> listed() {
        return $(ListItem.class, $(UnorderedList.class).withId("content-list").single()).all().stream()
                .map(item -> item.getId().orElse("")).filter(id -> id.startsWith("entry-"))
                .map(id -> id.substring("entry-".length())).toList();
    }

    /** What the kind links above the list open. */
    private void showKind(ContentKind kind) {
        UI.getCurrent().navigate(ContentAdminView.ROUTE, QueryParameters.of(ContentAdminView.KIND, kind.name()));
        assertThat($(Anchor.class).withId("content-kind-" + kind.name()).single().getElement()
                .getAttribute("aria-current")).isEqualTo("page");
    }

    private ListItem entry(String slug) {
        return $(ListItem.class).withId("entry-" + slug).single();
    }

    @Test
    @WithUserDetails(ADMIN)
    void theAdministratorWritesAnFaqEntryWithASafePreviewAndReadersGetTheSameSafeText() {
        navigate(ContentAdminView.class);
        assertThat(listed()).as("the pages tab comes first").containsExactly("about", "contact");
        assertThat($(Button.class).withId("content-new").all()).as("no new page").isEmpty();
        showKind(ContentKind.FAQ);
        assertThat(listed()).contains("decision-time", "fees");
        // Ordering: the first button of an entry moves it up, the second down.
        List<String> before = listed();
        test($(Button.class, entry("fees")).all().get(0)).click();
        assertThat(listed().indexOf("fees")).isEqualTo(before.indexOf("fees") - 1);
        test($(Button.class, entry("fees")).all().get(1)).click();
        assertThat(listed()).isEqualTo(before);

        test($(Button.class).withId("content-new").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ContentEditorView.class);
        assertThat($(RadioButtonGroup.class).withId("entry-audience").all()).as("FAQ entries are always public")
                .isEmpty();

        String slug = "safe-preview-" + System.nanoTime();
        fillValid(slug);
        type("entry-body-ar", "جواب **واضح**.\n\n" + ATTACK);
        type("entry-body-en", ATTACK);
        for (String language : new String[] {"ar", "en"}) {
            assertThat(preview(language)).contains("<strong>text</strong>", "click me");
            assertHarmless(preview(language));
        }
        assertThat(preview("ar")).contains("<strong>واضح</strong>");
        test($(Checkbox.class).withId("entry-published").single()).click();
        save();
        assertThat($(Paragraph.class).withId("entry-error").all()).isEmpty();
        assertThat($(Button.class).withId("entry-delete").all()).hasSize(1);

        Element entry = Jsoup.parse(new org.eshraqa.testsupport.PublicPageClient().get("/faq").body())
                .getElementById("faq-" + slug);
        assertThat(entry.selectFirst("summary").text()).isEqualTo("سؤال تجريبي عن المواعيد؟");
        String html = entry.selectFirst(".article").html();
        assertThat(html).contains("<strong>واضح</strong>", "&lt;script&gt;");
        assertHarmless(html);
    }

    /** The script is shown as text at most: no element, attribute or link of it survives. */
    private static void assertHarmless(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, img, iframe, [onerror], [onclick], [onload]")).isEmpty();
        assertThat(body.select("a").eachAttr("href")).noneMatch(href -> href.toLowerCase().contains("javascript"));
        assertThat(html).doesNotContain("<script", "javascript:");
    }

    @Test
    @WithUserDetails(ADMIN)
    void emptyOrHugeTextIsRefusedOnItsFieldAndNothingTypedIsLost() {
        navigate("admin/content/new-guide", ContentEditorView.class);
        save();
        assertThat($(Paragraph.class).withId("entry-error").single().getText())
                .isEqualTo("لم يُحفظ شيء. صحّح الحقول المعلَّمة؛ ما كتبته باقٍ كما هو.");
        for (String id : new String[] {"entry-slug", "entry-title-ar", "entry-title-en"}) {
            assertThat(field(id).isInvalid()).as(id).isTrue();
        }
        assertThat(field("entry-title-ar").getErrorMessage()).isEqualTo("اكتب العنوان.");
        assertThat(area("entry-body-en").getErrorMessage()).isEqualTo("اكتب النص.");

        String huge = "ن".repeat(100_001);
        type("entry-slug", "Not A Slug");
        type("entry-title-ar", "دليل تجريبي");
        type("entry-title-en", "T".repeat(201));
        type("entry-body-ar", huge);
        type("entry-body-en", "   ");
        save();
        assertThat(area("entry-body-ar").getErrorMessage())
                .isEqualTo("النص طويل جدًا (100000 حرف على الأكثر). اختصره أو قسّمه على أكثر من دليل.");
        assertThat(field("entry-title-en").getErrorMessage()).isEqualTo("العنوان طويل جدًا (200 حرف على الأكثر).");
        assertThat(field("entry-slug").getErrorMessage()).startsWith("اكتب الرابط بأحرف لاتينية صغيرة");
        assertThat(field("entry-title-ar").isInvalid()).isFalse();
        // Everything typed is still there.
        assertThat(area("entry-body-ar").getValue()).isEqualTo(huge);
        assertThat(field("entry-title-ar").getValue()).isEqualTo("دليل تجريبي");
        assertThat(field("entry-slug").getValue()).isEqualTo("Not A Slug");

        // A slug another guide has.
        type("entry-slug", "support-policy");
        save();
        assertThat(field("entry-slug").getErrorMessage()).isEqualTo("هذا الرابط مستخدم لمحتوى آخر من النوع نفسه.");
    }

    @Test
    @WithUserDetails(ADMIN)
    void validationMessagesFollowTheAdministratorsLanguage() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("admin/content/new-faq", ContentEditorView.class);
        save();
        assertThat(field("entry-title-en").getErrorMessage()).isEqualTo("Enter a title.");
        assertThat($(Paragraph.class).withId("entry-error").single().getText())
                .isEqualTo("Nothing was saved. Correct the marked fields; everything you typed is still here.");
    }

    @Test
    @WithUserDetails(ADMIN)
    void aGuideChangedMeanwhileIsNotOverwrittenAndTheTypedTextStays() {
        String slug = "conflict-" + System.nanoTime();
        long id = content.save(new EntryDraft(null, ContentKind.GUIDE, slug, Audience.STAFF, "دليل داخلي",
                "Internal guide", "النص الأول", "First text", false, 0));
        navigate("admin/content/" + id, ContentEditorView.class);
        assertThat($(RadioButtonGroup.class).withId("entry-audience").single().getValue()).isEqualTo(Audience.STAFF);

        // Another administrator, in another tab, saves first.
        EntryDraft loaded = content.draft(id).orElseThrow();
        content.save(new EntryDraft(id, ContentKind.GUIDE, slug, Audience.STAFF, "دليل داخلي معدّل", "Internal guide",
                "نص الزميل", "Colleague's text", false, loaded.version()));

        type("entry-body-ar", "نصي أنا");
        save();
        assertThat($(Div.class).withId("entry-conflict").all()).hasSize(1);
        assertThat(area("entry-body-ar").getValue()).isEqualTo("نصي أنا");
        assertThat(content.draft(id).orElseThrow().bodyAr()).isEqualTo("نص الزميل");

        // Reopened, the current version saves.
        navigate("admin/content/" + id, ContentEditorView.class);
        assertThat(area("entry-body-ar").getValue()).isEqualTo("نص الزميل");
        type("entry-body-ar", "نصي أنا");
        save();
        assertThat($(Div.class).withId("entry-conflict").all()).isEmpty();
        assertThat(content.draft(id).orElseThrow().bodyAr()).isEqualTo("نصي أنا");
    }

    @Test
    @WithUserDetails(ADMIN)
    void deletingAsksForConfirmationFirstAndPagesCannotBeDeleted() {
        String slug = "to-delete-" + System.nanoTime();
        long id = content.save(new EntryDraft(null, ContentKind.FAQ, slug, Audience.PUBLIC, "سؤال للحذف",
                "A question to delete", "ج", "A", true, 0));

        navigate("admin/content/" + id, ContentEditorView.class);
        test($(Button.class).withId("entry-delete").single()).click();
        test($(Button.class).withId("content-delete-dialog-cancel").single()).click();
        assertThat(content.draft(id)).isPresent();

        navigate(ContentAdminView.class);
        showKind(ContentKind.FAQ);
        test($(Button.class, entry(slug)).withText("حذف").single()).click();
        assertThat($(Paragraph.class).withId("content-delete-dialog-text").single().getText()).contains("سؤال للحذف");
        test($(Button.class).withId("content-delete-dialog-ok").single()).click();
        assertThat(content.draft(id)).isEmpty();
        assertThat(listed()).doesNotContain(slug);

        // The pages tab offers no delete and no new page; the editor has no delete button for a page.
        showKind(ContentKind.PAGE);
        assertThat($(Button.class, entry("about")).withText("حذف").all()).isEmpty();
        long about = content.entries(ContentKind.PAGE).getFirst().id();
        navigate("admin/content/" + about, ContentEditorView.class);
        assertThat($(Button.class).withId("entry-delete").all()).isEmpty();
        assertThat(field("entry-slug").isReadOnly()).isTrue();
        navigate("admin/content/new-page", NotFoundView.class);
        navigate("admin/content/987654321", NotFoundView.class);
    }

    @Test
    @WithUserDetails(OFFICER)
    void staffOtherThanTheAdministratorDoNotReachTheEditor() {
        navigate("admin/content", NotFoundView.class);
        navigate("admin/content/new-faq", NotFoundView.class);
    }

    @Test
    @WithUserDetails(BENEFICIARY)
    void aBeneficiaryDoesNotReachTheEditor() {
        navigate("admin/content", NotFoundView.class);
    }

    @Test
    void aVisitorIsSentToSignIn() {
        assertSentToSignIn("admin/content");
        assertSentToSignIn("admin/content/1");
    }
}
