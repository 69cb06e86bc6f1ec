package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.eshraqa.portal.shared.LanguagePreferences;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses each page's language: the signed-in person's saved choice, else the choice made in this
 * session, else the {@code portal-lang} cookie, else the first of Arabic and English the browser
 * asks for ({@code Accept-Language}), else Arabic. The first HTML already carries {@code lang} and
 * {@code dir}, so an Arabic page never flashes left-to-right. Vaadin's own messages (connection
 * lost, session expired, internal error) are given in the page's language too.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";
    /** The language chosen in this session, so a reload keeps it even where cookies are refused. */
    private static final String CHOSEN = UiLanguage.class.getName() + ".chosen";

    private final LanguagePreferences preferences;
    private final PortalI18NProvider i18n;

    UiLanguage(LanguagePreferences preferences, PortalI18NProvider i18n) {
        this.preferences = preferences;
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = fromCookie(response.getVaadinRequest())
                    .orElseGet(() -> fromBrowser(response.getVaadinRequest()));
            response.getDocument().getElementsByTag("html").first()
                    .attr("lang", locale.getLanguage())
                    .attr("dir", isRtl(locale) ? "rtl" : "ltr");
        });
        event.getSource().addUIInitListener(uiEvent -> apply(uiEvent.getUI(), resolve()));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(PortalI18NProvider.supported(info.getLocale())));
    }

    /**
     * Vaadin's messages (internal error, cookies disabled) in the page's language. The service has
     * one provider, this one: it also keeps the session-expired box off, so when the node that held
     * the page is lost the browser reloads the page at once and a person kept signed in goes on
     * ({@link RestoredSignIn} says so); the box's words stay translated should it be turned on.
     */
    CustomizedSystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredCaption(i18n.getTranslation("system.sessionExpired.caption", locale));
        messages.setSessionExpiredMessage(i18n.getTranslation("system.sessionExpired.message", locale));
        messages.setInternalErrorCaption(i18n.getTranslation("system.internalError.caption", locale));
        messages.setInternalErrorMessage(i18n.getTranslation("system.internalError.message", locale));
        messages.setCookiesDisabledCaption(i18n.getTranslation("system.cookiesDisabled.caption", locale));
        messages.setCookiesDisabledMessage(i18n.getTranslation("system.cookiesDisabled.message", locale));
        return messages;
    }

    /**
     * The language of a first visit: the first of the browser's languages (in the order of its
     * {@code Accept-Language} weights) that the portal speaks; Arabic when none is, or when the
     * browser says nothing.
     */
    static Locale fromBrowser(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return PortalI18NProvider.ARABIC;
        }
        return Collections.list(request.getLocales()).stream()
                .filter(l -> "ar".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst().map(PortalI18NProvider::supported).orElse(PortalI18NProvider.ARABIC);
    }

    /** Switches the current UI's language, remembers it, and reloads the page in it. */
    public void switchTo(Locale wanted) {
        Locale locale = PortalI18NProvider.supported(wanted);
        currentAccountId().ifPresent(id -> preferences.save(id, locale.getLanguage()));
        rememberInCookie(locale);
        VaadinSession.getCurrent().setAttribute(CHOSEN, locale);
        UI ui = UI.getCurrent();
        apply(ui, locale);
        ui.getPage().reload();
    }

    /**
     * Shows this page in {@code wanted} (the language a survey link was sent in, say) unless the
     * person already chose a language: then it is theirs that counts. Returns whether the page is
     * reloading to switch.
     */
    public boolean suggest(Locale wanted) {
        Locale locale = PortalI18NProvider.supported(wanted);
        boolean chosen = currentAccountId().flatMap(preferences::load).isPresent()
                || VaadinSession.getCurrent().getAttribute(CHOSEN) != null
                || fromCookie(VaadinRequest.getCurrent()).isPresent();
        UI ui = UI.getCurrent();
        if (chosen || locale.equals(ui.getLocale())) {
            return false;
        }
        VaadinSession.getCurrent().setAttribute(CHOSEN, locale);
        apply(ui, locale);
        ui.getPage().reload();
        return true;
    }

    private Locale resolve() {
        Optional<Locale> saved = currentAccountId().flatMap(preferences::load).map(Locale::forLanguageTag);
        saved.ifPresent(this::rememberInCookie);
        return saved
                .or(() -> Optional.ofNullable((Locale) VaadinSession.getCurrent().getAttribute(CHOSEN)))
                .or(() -> fromCookie(VaadinRequest.getCurrent()))
                .orElseGet(() -> fromBrowser(VaadinRequest.getCurrent()));
    }

    private void apply(UI ui, Locale locale) {
        Locale supported = PortalI18NProvider.supported(locale);
        VaadinSession.getCurrent().setLocale(supported);
        ui.setLocale(supported);
        // Shown by Vaadin's connection indicator while the server cannot be reached.
        ui.getReconnectDialogConfiguration().setDialogText(i18n.getTranslation("system.reconnecting", supported));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(i18n.getTranslation("system.offline", supported));
        ui.setDirection(isRtl(supported) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.lang = $0", supported.getLanguage());
    }

    static boolean isRtl(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    private static Optional<Long> currentAccountId() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.accountId());
        }
        return Optional.empty();
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v.equals("ar") || v.equals("en"))
                .map(Locale::forLanguageTag)
                .findFirst();
    }

    private void rememberInCookie(Locale locale) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
