package org.eshraqa.portal.content;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as the portal shows it. Two independent defences: CommonMark escapes any raw HTML the
 * text holds and drops links whose protocol is not allowed, then the OWASP sanitiser lets through
 * only an allow-list of elements and attributes. Whatever an administrator (or a stolen
 * administrator session) types, no script, event handler or {@code javascript:} link reaches a
 * reader.
 */
final class Markdown {

    private static final List<String> PROTOCOLS = List.of("http", "https", "mailto", "tel");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(PROTOCOLS))
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private static final Pattern NOT_EMPTY = Pattern.compile("\\S.*", Pattern.DOTALL);

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            // CommonMark empties a refused link's address; an empty one is dropped here, so no
            // "link" to the page itself is left behind.
            .allowAttributes("href").matching(NOT_EMPTY).onElements("a")
            .allowAttributes("src").matching(NOT_EMPTY).onElements("img")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowUrlProtocols(PROTOCOLS.toArray(String[]::new))
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private Markdown() {
    }

    /** The Markdown as HTML that is safe to put into a page. */
    static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        return POLICY.sanitize(HTML.render(document));
    }

    /** The words of the Markdown without its markup, for searching. */
    static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(PARSER.parse(markdown));
    }
}
