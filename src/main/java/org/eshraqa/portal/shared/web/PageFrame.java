package org.eshraqa.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the shared frame of a server-rendered page needs: its language and direction, the
 * addresses of its Arabic and English versions (canonical and {@code hreflang}), the language
 * switch, and who is signed in (only read from a session that already exists).
 *
 * @param path       the page's path without context and query, e.g. {@code /faq/fees}
 * @param switchHref the same page in the other language, with its other parameters
 */
public record PageFrame(String lang, String dir, String otherLang, String otherLangName, String path,
                        String canonical, String alternateAr, String alternateEn, String alternateDefault,
                        String switchHref, boolean signedIn, String userName) {

    static PageFrame of(HttpServletRequest request, Locale locale, String baseUrl, String userName) {
        String lang = locale.getLanguage();
        String other = "en".equals(lang) ? "ar" : "en";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String absolute = baseUrl + path;
        String others = request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("lang") && !e.getKey().equals("_csrf")
                        && !e.getKey().equals("password"))
                .filter(e -> "GET".equals(request.getMethod()))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> Map.entry(e.getKey(), v)))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String switchHref = request.getContextPath() + path + "?" + (others.isEmpty() ? "" : others + "&")
                + "lang=" + other;
        return new PageFrame(lang, PublicLanguage.rtl(locale) ? "rtl" : "ltr", other,
                "en".equals(other) ? "English" : "العربية", path, absolute + "?lang=" + lang, absolute + "?lang=ar",
                absolute + "?lang=en", absolute, switchHref, userName != null, userName);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
