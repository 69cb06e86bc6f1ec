package org.eshraqa.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every server-rendered page its {@link PageFrame} and remembers a language chosen in the address. */
@ControllerAdvice
class PageFrameAdvice {

    private final String baseUrl;
    private final PublicLanguage language;

    PageFrameAdvice(@Value("${portal.base-url}") String baseUrl, PublicLanguage language) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.language = language;
    }

    @ModelAttribute("page")
    PageFrame page(HttpServletRequest request, HttpServletResponse response) {
        PublicLanguage.fromParameter(request)
                .filter(chosen -> !PublicLanguage.fromCookie(request).equals(java.util.Optional.of(chosen)))
                .ifPresent(chosen -> language.setLocale(request, response, chosen));
        return frame(request);
    }

    PageFrame frame(HttpServletRequest request) {
        var locale = PublicLanguage.supported(language.resolveLocale(request));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p
                ? p.displayName() : null;
        return PageFrame.of(request, locale, baseUrl, name);
    }
}
