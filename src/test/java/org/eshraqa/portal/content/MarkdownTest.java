package org.eshraqa.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void headingsListsEmphasisAndTablesSurvive() {
        String html = Markdown.toSafeHtml("""
                ## القنوات

                1. المقابلة
                2. **الاتصالات** الهاتفية

                - *أ*
                - ب

                | القناة | الوصف |
                |---|---|
                | الهاتف | 920000000 |

                > اقتباس
                """);
        assertThat(html).contains("<h2>القنوات</h2>", "<ol>", "<li>المقابلة</li>", "<strong>الاتصالات</strong>",
                "<ul>", "<em>أ</em>", "<table>", "<th>القناة</th>", "<td>الهاتف</td>", "<blockquote>");
    }

    @Test
    void scriptTagsAreNeverMarkup() {
        String html = Markdown.toSafeHtml("قبل <script>alert(1)</script> بعد\n\n<script>\nalert(2)\n</script>\n");
        assertThat(html).doesNotContainIgnoringCase("<script").contains("قبل", "بعد");
    }

    @Test
    void rawHtmlIsEscapedSoNoEventHandlerOrTagComesThrough() {
        String html = Markdown.toSafeHtml("""
                <img src=x onerror="alert(1)">

                نص <b onmouseover="alert(2)">عريض</b>

                <div style="position:fixed">غطاء</div>
                <iframe src="https://evil.example"></iframe>
                """);
        assertThat(html).doesNotContain("<img", "<b ", "<b>", "<div", "<iframe", "style=");
        assertThat(html).doesNotContainPattern("<[^>]*onerror").doesNotContainPattern("<[^>]*onmouseover");
        assertThat(html).contains("&lt;img").contains("عريض");
    }

    @Test
    void javascriptAndDataLinksBecomePlainText() {
        String html = Markdown.toSafeHtml("""
                [x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html;base64,PHNjcmlwdD4=)
                [w](vbscript:msgbox) <javascript:alert(3)> ![i](javascript:alert(4))
                """);
        // The words stay as text; no address holds the script.
        assertThat(html).doesNotContainPattern("(?i)(href|src)=\"[^\"]*(javascript|data|vbscript):")
                .doesNotContain("href=\"\"", "src=\"\"");
        assertThat(html).contains("x y z").doesNotContain("<a ");
    }

    @Test
    void safeLinksKeepTheirTargetAndGetNofollowNoopener() {
        String html = Markdown.toSafeHtml("[الموقع](https://eshraqa.org.sa) [اتصل](tel:920000000) "
                + "[راسلنا](mailto:info@eshraqa.org.sa) [الخدمات](services)");
        assertThat(html).containsPattern("<a href=\"https://eshraqa\\.org\\.sa\" rel=\"nofollow noopener\">الموقع</a>");
        assertThat(html).containsPattern("href=\"tel:920000000\"");
        assertThat(html).containsPattern("href=\"mailto:info(@|&#64;)eshraqa\\.org\\.sa\"");
        assertThat(html).containsPattern("href=\"services\"");
    }

    @Test
    void plainTextHasTheWordsWithoutMarkup() {
        String text = Markdown.toPlainText("## عنوان\n\n**مهم** [رابط](https://example.org)");
        assertThat(text).contains("عنوان", "مهم", "رابط").doesNotContain("**", "##", "](");
        assertThat(Markdown.toSafeHtml("  ")).isEmpty();
    }
}
