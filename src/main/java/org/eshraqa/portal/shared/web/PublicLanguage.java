package org.eshraqa.portal.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eshraqa.portal.shared.LanguagePreferences;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a server-rendered page: {@code ?lang=ar|en} in the address (so each language
 * version has its own address for search engines and shared links), else the {@code portal-lang}
 * cookie the Flow app also reads, else Arabic. Never touches the HTTP session.
 *
 * <p>Registered as Spring MVC's {@code localeResolver}, so {@code #{…}} in the templates reads
 * the same message bundles as the Flow views.
 */
@Component("localeResolver")
public class PublicLanguage implements LocaleResolver {

    /** The cookie the Flow app's language switch writes too ({@code shared.ui.UiLanguage}). */
    public static final String COOKIE = "portal-lang";
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final LanguagePreferences preferences;

    PublicLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return fromParameter(request).or(() -> fromCookie(request))
                .or(() -> request.getAttribute(PublicPages.SUGGESTED) instanceof Locale suggested
                        ? Optional.of(suggested) : Optional.empty())
                .orElse(ARABIC);
    }

    /** Whether the reader chose a language (in the address or earlier, by cookie). */
    public boolean chosen(HttpServletRequest request) {
        return fromParameter(request).isPresent() || fromCookie(request).isPresent();
    }

    /**
     * Remembers a language chosen in the address: the cookie for the next pages, and the
     * signed-in person's saved preference, which the Flow app reads.
     */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = supported(locale);
        Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            preferences.save(principal.accountId(), supported.getLanguage());
        }
    }

    static Optional<Locale> fromParameter(HttpServletRequest request) {
        return parse(request.getParameter("lang"));
    }

    static Optional<Locale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .map(PublicLanguage::parse).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Locale> parse(String value) {
        if ("ar".equals(value)) {
            return Optional.of(ARABIC);
        }
        if ("en".equals(value)) {
            return Optional.of(ENGLISH);
        }
        return Optional.empty();
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : ARABIC;
    }

    public static boolean rtl(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
