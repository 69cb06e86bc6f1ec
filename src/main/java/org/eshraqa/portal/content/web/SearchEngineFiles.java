package org.eshraqa.portal.content.web;

import java.util.ArrayList;
import java.util.List;
import org.eshraqa.portal.content.Article;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.ContentKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code robots.txt} and {@code sitemap.xml}: only the public pages, each in Arabic and English
 * with its {@code hreflang} pair. Survey links, staff-only guides, the sign-in and account pages
 * and the whole signed-in app are left out (and the survey and staff pages say {@code noindex}).
 */
@RestController
class SearchEngineFiles {

    /** The fixed public pages, besides each published FAQ entry, public guide and page. */
    static final List<String> FIXED = List.of("/", "/faq", "/guides", "/you-said-we-did", "/privacy",
            "/certificates/verify", "/register");

    private final Content content;
    private final String baseUrl;

    SearchEngineFiles(Content content, @Value("${portal.base-url}") String baseUrl) {
        this.content = content;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Allow: /$
                Allow: /about
                Allow: /contact
                Allow: /faq
                Allow: /guides
                Allow: /you-said-we-did
                Allow: /privacy
                Allow: /certificates/verify$
                Allow: /register
                Allow: /styles/
                Allow: /images/
                Disallow: /

                Sitemap: %s/sitemap.xml
                """.formatted(baseUrl);
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        // Written as a visitor would see it: a signed-in member of staff asking must not list staff guides.
        var caller = SecurityContextHolder.getContext().getAuthentication();
        List<String> paths = new ArrayList<>(FIXED);
        try {
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("sitemap",
                    "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            content.page("about").ifPresent(p -> paths.add("/about"));
            content.page("contact").ifPresent(p -> paths.add("/contact"));
            for (Article faq : content.faq()) {
                paths.add("/" + ContentKind.FAQ.path(faq.slug()));
            }
            content.guides().stream().filter(g -> g.audience() == Audience.PUBLIC)
                    .forEach(g -> paths.add("/" + g.path()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(caller);
        }
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        for (String path : paths) {
            for (String lang : List.of("ar", "en")) {
                xml.append("  <url>\n    <loc>").append(url(path, lang)).append("</loc>\n");
                for (String alternate : List.of("ar", "en")) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate).append("\" href=\"")
                            .append(url(path, alternate)).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private String url(String path, String lang) {
        return HtmlUtils.htmlEscape(baseUrl + path + "?lang=" + lang);
    }
}
