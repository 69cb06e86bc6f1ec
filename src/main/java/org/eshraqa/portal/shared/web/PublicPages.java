package org.eshraqa.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a controller of a server-rendered page may ask of the shared frame. */
@Component
public class PublicPages {

    static final String SUGGESTED = PublicPages.class.getName() + ".suggested";

    private final PageFrameAdvice frames;

    PublicPages(PageFrameAdvice frames) {
        this.frames = frames;
    }

    /**
     * Shows this page in {@code wanted} (the language a survey link was sent in) unless the reader
     * chose a language, in the address or before. Returns the page's language.
     */
    public Locale suggest(HttpServletRequest request, Model model, Locale wanted) {
        if (!PublicLanguage.fromParameter(request).isPresent() && !PublicLanguage.fromCookie(request).isPresent()) {
            request.setAttribute(SUGGESTED, PublicLanguage.supported(wanted));
            model.addAttribute("page", frames.frame(request));
        }
        return locale(request);
    }

    /** The language this page is shown in. */
    public Locale locale(HttpServletRequest request) {
        Object suggested = request.getAttribute(SUGGESTED);
        if (suggested instanceof Locale locale) {
            return locale;
        }
        return PublicLanguage.fromParameter(request).or(() -> PublicLanguage.fromCookie(request))
                .orElse(PublicLanguage.ARABIC);
    }

    /** The page's title and description, for {@code <title>}, the meta description and Open Graph. */
    public static void describe(Model model, String title, String description) {
        model.addAttribute("title", title);
        model.addAttribute("description", description);
    }

    /** Keeps the page out of search engines (survey links, staff-only guides, personal answers). */
    public static void noindex(Model model) {
        model.addAttribute("noindex", true);
    }
}
