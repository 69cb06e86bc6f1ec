package org.eshraqa.portal.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The public pages as each kind of reader sees them: a visitor who is not signed in, a
 * beneficiary, a volunteer and staff. Staff-only guides are refused by address with a message and
 * never shown; the search finds Arabic typed without diacritics or with another form of a letter.
 */
class ContentReaderViewsTest extends PortalBrowserlessTest {

    static final String VOLUNTEER = "volunteer@demo.eshraqa.org.sa";
    /** Words of the seeded staff-only bylaws guide, which nobody but staff may read. */
    static final String BYLAWS_TEXT = "النص المعتمد للائحة الأساسية";

    private String pageText() {
        return UI.getCurrent().getElement().getTextRecursively() + allHtml();
    }

    /** The rendered Markdown on the page, which sits in innerHTML rather than in child elements. */
    private String allHtml() {
        StringBuilder html = new StringBuilder();
        $(ArticleBody.class).all().forEach(body -> html.append(body.html()));
        return html.toString();
    }

    private List<String> faqShown() {
        return $(Details.class).all().stream().map(d -> d.getId().orElse("")).toList();
    }

    private List<String> links(String listId) {
        return $(Anchor.class, $(UnorderedList.class).withId(listId).single()).all().stream().map(Anchor::getHref)
                .toList();
    }

    private void search(String id, String query) {
        test($(SearchField.class).withId(id).single()).setValue(query);
    }

    private void assertStaffGuideRefused(String slug) {
        navigate("guides/" + slug, GuideView.class);
        assertThat($(Section.class).withId("content-unavailable").single()).isNotNull();
        assertThat($(H1.class).first().getText()).isEqualTo("غير متاح");
        assertThat($(Paragraph.class).withText(
                "هذا الدليل غير موجود أو غير متاح لك؛ فبعض الأدلة مخصّص لموظفي الجمعية فقط.").all()).hasSize(1);
        assertThat($(ArticleBody.class).withId("guide-body").all()).isEmpty();
        assertThat(pageText()).doesNotContain(BYLAWS_TEXT, "اللائحة الأساسية للجمعية");
    }

    @Test
    void aVisitorReadsAboutFaqAPublicGuideAndContactButNoStaffGuide() {
        navigate(AboutView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("عن الجمعية");
        assertThat($(ArticleBody.class).withId("about-body").single().html()).contains("<h2>هدفنا</h2>");

        navigate(FaqView.class);
        assertThat(faqShown()).contains("faq-data-sharing", "faq-decision-time", "faq-not-only-severe-illness");
        assertThat($(Details.class).withId("faq-decision-time").single().getSummaryText())
                .isEqualTo("متى أعرف قرار طلبي؟");

        navigate("faq/decision-time", FaqEntryView.class);
        assertThat($(ArticleBody.class).withId("faq-answer").single().html()).contains("لجنة البحث");

        navigate(GuidesView.class);
        assertThat($(Anchor.class).withId("guide-link-support-policy").single().getText())
                .isEqualTo("دليل سياسة الدعم للمستفيدين");
        assertThat($(Anchor.class).withId("guide-link-bylaws").all()).isEmpty();
        assertThat($(Anchor.class).withId("guide-link-social-research").all()).isEmpty();
        assertThat(pageText()).doesNotContain("اللائحة الأساسية للجمعية", "دليل خدمات البحث الاجتماعي");

        navigate("guides/support-policy", GuideView.class);
        assertThat($(ArticleBody.class).withId("guide-body").single().html())
                .contains("القنوات المستخدمة للتواصل مع المستفيدين");

        assertStaffGuideRefused("bylaws");
        assertStaffGuideRefused("social-research");
        // An address that never existed reads the same, and a visitor is told staff sign in.
        assertStaffGuideRefused("no-such-guide");
        assertThat($(Paragraph.class).withText("إن كنت من موظفي الجمعية فسجّل الدخول لقراءة أدلة الموظفين.").all())
                .hasSize(1);
        navigate("faq/no-such-question", FaqEntryView.class);
        assertThat($(Section.class).withId("content-unavailable").single()).isNotNull();
    }

    @Test
    void aVisitorSeesHowToReachTheAssociationOnEverySevenChannels() {
        navigate(ContactView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("تواصل معنا");
        List<String> channels = $(Section.class).all().stream().filter(s -> s.getId().orElse("").startsWith("channel-"))
                .map(s -> $(H2.class, s).single().getText()).toList();
        // The seven channels of P-8, in the policy's words and order.
        assertThat(channels).containsExactly("المقابلة", "الاتصالات الهاتفية", "وسائل التواصل الاجتماعي", "الخطابات",
                "خدمات طلب المساعدة", "خدمة التطوع", "الموقع الإلكتروني للجمعية");
        assertThat($(ArticleBody.class, $(Section.class).withId("channel-2").single()).single().html())
                .contains("href=\"tel:920000000\"");
        assertThat($(ArticleBody.class, $(Section.class).withId("channel-5").single()).single().html())
                .contains("href=\"services\"");
    }

    @Test
    void theSearchFindsArabicWithoutDiacriticsAndWithOtherLetterForms() {
        navigate(FaqView.class);
        // Stored as "هل تُشارَك معلوماتي مع جهات أخرى؟": typed with a bare alef and ي for ى.
        search("faq-search", "اخري");
        assertThat(faqShown()).contains("faq-data-sharing");
        assertThat($(Details.class).withId("faq-data-sharing").single().isOpened()).isTrue();
        assertThat($(Paragraph.class).withId("faq-search-status").single().getText()).startsWith("عدد النتائج: ");

        // With diacritics where the stored text has none ("مَعلوماتي"), and an alef with hamza below.
        search("faq-search", "تُشارَك مَعلوماتي إخرى");
        assertThat(faqShown()).containsExactly("faq-data-sharing");

        // ه typed for ة, and a guide found from the FAQ page.
        search("faq-search", "الصحه النفسيه اشراقه");
        assertThat(links("faq-guide-results")).contains("guides/support-policy");

        search("faq-search", "زمردة");
        assertThat(faqShown()).isEmpty();
        assertThat($(Paragraph.class).withId("faq-search-status").single().getText())
                .isEqualTo("لم نجد نتائج لـ «زمردة». جرّب كلمة أخرى أو تصفّح القائمة.");

        search("faq-search", "");
        assertThat(faqShown()).contains("faq-data-sharing", "faq-fees");

        navigate(GuidesView.class);
        search("guides-search", "لجنه البحث");
        assertThat(links("guides-results")).contains("faq/decision-time", "guides/support-policy");
    }

    @Test
    void inEnglishTheFaqAndItsSearchReadLeftToRight() {
        navigate(FaqView.class);
        test($(Button.class).withId("language-switch").single()).click();
        navigate(FaqView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Frequently asked questions");
        assertThat($(Details.class).withId("faq-fees").single().getSummaryText()).isEqualTo("Is there a fee?");
        search("faq-search", "FEE");
        assertThat(faqShown()).contains("faq-fees");
        navigate("guides/bylaws", GuideView.class);
        assertThat($(Paragraph.class).withText("This guide does not exist or is not available to you; "
                + "some guides are for the association's staff only.").all()).hasSize(1);
    }

    @Test
    @WithUserDetails(BENEFICIARY)
    void aBeneficiaryReadsTheFaqAndPublicGuideButCannotOpenAStaffGuideByAddress() {
        navigate(FaqView.class);
        assertThat(faqShown()).contains("faq-rating");
        navigate(GuidesView.class);
        assertThat($(Anchor.class).withId("guide-link-support-policy").all()).hasSize(1);
        assertThat($(Anchor.class).withId("guide-link-bylaws").all()).isEmpty();
        search("guides-search", "اللائحة الأساسية");
        assertThat(links("guides-results")).contains("guides/support-policy").doesNotContain("guides/bylaws");

        assertStaffGuideRefused("bylaws");
        assertStaffGuideRefused("social-research");
        assertThat($(Paragraph.class).withText("إن كنت من موظفي الجمعية فسجّل الدخول لقراءة أدلة الموظفين.").all())
                .as("a signed-in beneficiary is not asked to sign in").isEmpty();
    }

    @Test
    @WithUserDetails(VOLUNTEER)
    void aVolunteerCannotOpenAStaffGuideEither() {
        assertStaffGuideRefused("bylaws");
        navigate(GuidesView.class);
        assertThat($(Anchor.class).withId("guide-link-social-research").all()).isEmpty();
    }

    @Test
    @WithUserDetails(OFFICER)
    void staffSeeTheStaffOnlyGuidesMarkedAsSuchAndOpenThem() {
        navigate(GuidesView.class);
        assertThat($(Anchor.class).withId("guide-link-bylaws").single().getHref()).isEqualTo("guides/bylaws");
        assertThat($(Anchor.class).withId("guide-link-social-research").all()).hasSize(1);
        assertThat($(Span.class).withText("للموظفين فقط").all()).hasSize(2);

        navigate("guides/bylaws", GuideView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("اللائحة الأساسية للجمعية");
        assertThat($(ArticleBody.class).withId("guide-body").single().html()).contains(BYLAWS_TEXT);
        assertThat($(Span.class).withText("للموظفين فقط").all()).hasSize(1);

        navigate(GuidesView.class);
        search("guides-search", "اللائحة الاساسيه");
        assertThat(links("guides-results")).contains("guides/support-policy", "guides/bylaws");
    }
}
