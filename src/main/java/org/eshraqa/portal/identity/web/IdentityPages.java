package org.eshraqa.portal.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.PasswordPolicy;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.portal.identity.TooManyAttempts;
import org.eshraqa.portal.identity.VerificationResult;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.SaudiMobile;
import org.eshraqa.portal.shared.web.FlowEntryScripts;
import org.eshraqa.portal.shared.web.PublicPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in, registration, e-mail verification and the privacy notice as plain HTML forms that
 * work without JavaScript. The sign-in form posts to Spring Security's form login (throttled by
 * {@code SignInThrottleFilter}); a failed sign-in gets one message whatever the reason, so nobody
 * learns which addresses have accounts. Registration and verification answer the same whether an
 * address is registered or not.
 */
@Controller
class IdentityPages {

    /** Set when a link activated an account, so opening it again in the same browser says the account is active. */
    static final String VERIFIED_COOKIE = "portal-verified";

    private final Accounts accounts;
    private final PublicPages pages;
    private final MessageSource messages;
    private final ObjectProvider<ClientRegistrationRepository> oidcClients;
    private final FlowEntryScripts flowScripts;
    private final long rememberDays;

    IdentityPages(Accounts accounts, PublicPages pages, MessageSource messages,
                  ObjectProvider<ClientRegistrationRepository> oidcClients, FlowEntryScripts flowScripts,
                  @Value("${portal.security.remember-me-validity:14d}") Duration rememberFor) {
        this.rememberDays = rememberFor.toDays();
        this.accounts = accounts;
        this.pages = pages;
        this.messages = messages;
        this.oidcClients = oidcClients;
        this.flowScripts = flowScripts;
    }

    record Provider(String id, String name) {
    }

    // ---------------------------------------------------------------- sign-in

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String wait,
                 @RequestParam(required = false) String erased, HttpServletRequest request, Model model) {
        if (error == null && signedIn()) {
            // Already signed in, e.g. just now by the "stay signed in" cookie: straight to the home page.
            return "redirect:/";
        }
        Locale locale = pages.locale(request);
        PublicPages.describe(model, text("login.title", locale), text("login.description", locale));
        if (error != null) {
            model.addAttribute("error", "oidc".equals(error) ? text("login.error.oidc", locale)
                    : "throttled".equals(error) ? messages.getMessage("login.error.throttled",
                            new Object[] {waitMinutes(wait)}, locale)
                    : text("login.error.message", locale));
        }
        model.addAttribute("erased", erased != null);
        model.addAttribute("providers", providers());
        // "Stay signed in on this device": the box posts remember-me with the form (PortalRememberMeServices).
        model.addAttribute("rememberDays", rememberDays);
        // Spring Security's token of the session, also as a meta tag for scripted clients (load test).
        model.addAttribute("csrfMeta", true);
        // The Flow client's entry script, fetched while the person types, so the first app page
        // after signing in comes from the cache.
        model.addAttribute("prefetch", flowScripts.entryScripts(request.getContextPath()));
        return "identity/login";
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private List<Provider> providers() {
        List<Provider> list = new ArrayList<>();
        if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                if (registration instanceof ClientRegistration r && r.getScopes().contains("openid")) {
                    list.add(new Provider(r.getRegistrationId(), r.getClientName()));
                }
            }
        }
        return list;
    }

    /** The minutes the sign-in throttle asked for, within sane bounds (the address can be edited). */
    static int waitMinutes(String wait) {
        try {
            return Math.clamp(Integer.parseInt(wait == null ? "15" : wait), 1, 60);
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    // ---------------------------------------------------------------- registration

    @GetMapping("/register")
    String registrationForm(HttpServletRequest request, Model model) {
        return registration(request, model, Map.of(), Map.of());
    }

    @PostMapping("/register")
    String register(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        Locale locale = pages.locale(request);
        String fullName = form.getOrDefault("fullName", "");
        String email = form.getOrDefault("email", "");
        String mobile = form.getOrDefault("mobile", "");
        String password = form.getOrDefault("password", "");
        boolean consent = "yes".equals(form.get("consent"));
        // The same first checks as the service, so each field says what is wrong at once.
        Map<String, String> errors = new LinkedHashMap<>();
        if (fullName.strip().length() < 3 || fullName.strip().length() > 200) {
            errors.put("fullName", "validation.fullName");
        }
        if (!EmailAddress.isValid(email)) {
            errors.put("email", "validation.email");
        }
        if (SaudiMobile.parse(mobile).isEmpty()) {
            errors.put("mobile", "validation.mobile");
        }
        PasswordPolicy.check(password).ifPresent(key -> errors.put("password", key));
        if (!consent) {
            errors.put("consent", "validation.consent");
        }
        if (errors.isEmpty()) {
            try {
                accounts.register(new Registration(fullName, email, mobile, password, true, locale.getLanguage()),
                        request.getRemoteAddr());
                // The same answer whether the address is new or already has an account (whose
                // owner is mailed instead): the page must not tell who has an account.
                model.addAttribute("done", messages.getMessage("register.done", new Object[] {email.strip()},
                        locale));
                PublicPages.describe(model, text("register.title", locale), text("register.lead", locale));
                PublicPages.noindex(model);
                return "identity/registered";
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.fieldErrors());
            } catch (TooManyAttempts throttled) {
                model.addAttribute("throttled", messages.getMessage("register.throttled",
                        new Object[] {throttled.minutes()}, locale));
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return registration(request, model, Map.of(), form);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return registration(request, model, errors, form);
    }

    private String registration(HttpServletRequest request, Model model, Map<String, String> errorKeys,
                                Map<String, String> form) {
        Locale locale = pages.locale(request);
        Map<String, String> errors = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, text(key, locale)));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        PublicPages.describe(model, text("register.title", locale), text("register.lead", locale));
        return "identity/register";
    }

    // ---------------------------------------------------------------- e-mail verification

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String token, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Locale locale = pages.locale(request);
        PublicPages.describe(model, text("verify.title", locale), null);
        PublicPages.noindex(model);
        if (token == null || token.isBlank()) {
            return "identity/verify";
        }
        VerificationResult result = accounts.verifyEmail(token);
        if (result == VerificationResult.VERIFIED) {
            Cookie cookie = new Cookie(VERIFIED_COOKIE, hash(token));
            cookie.setPath(request.getContextPath() + "/verify");
            cookie.setMaxAge(60 * 60 * 24 * 30);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        } else if (result == VerificationResult.ALREADY_USED && activatedHere(request, token)) {
            // This browser activated the account with this very link: it is simply active.
            result = VerificationResult.VERIFIED;
        }
        model.addAttribute("result", result.name());
        model.addAttribute("success", result == VerificationResult.VERIFIED
                || result == VerificationResult.ALREADY_USED);
        return "identity/verify";
    }

    @PostMapping("/verify")
    String resend(@RequestParam(required = false) String email, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Locale locale = pages.locale(request);
        PublicPages.describe(model, text("verify.title", locale), null);
        PublicPages.noindex(model);
        model.addAttribute("email", email);
        if (!EmailAddress.isValid(email)) {
            model.addAttribute("emailError", text("validation.email", locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "identity/verify";
        }
        try {
            accounts.resendVerification(email, request.getRemoteAddr());
            // Same answer whether or not the address is registered.
            model.addAttribute("sent", text("verify.resend.done", locale));
        } catch (TooManyAttempts refused) {
            model.addAttribute("refused", messages.getMessage("verify.resend.throttled",
                    new Object[] {refused.minutes()}, locale));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        }
        return "identity/verify";
    }

    private static boolean activatedHere(HttpServletRequest request, String token) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> VERIFIED_COOKIE.equals(c.getName()) && hash(token).equals(c.getValue()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- privacy notice

    @GetMapping("/privacy")
    String privacy(HttpServletRequest request, Model model) {
        Locale locale = pages.locale(request);
        PublicPages.describe(model, text("privacy.title", locale), text("privacy.lead", locale));
        List<String> points = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            points.add(text("privacy.point" + i, locale));
        }
        model.addAttribute("points", points);
        model.addAttribute("version", messages.getMessage("privacy.version", new Object[] {Accounts.CONSENT_VERSION},
                locale));
        return "identity/privacy";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
