package org.eshraqa.portal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.eshraqa.portal.shared.ui.RestoredSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;

/**
 * "Stay signed in on this device": Spring Security's persistent-token remember-me, opted into with
 * the {@value #PARAMETER} box of the sign-in form, for accounts with a password of the portal's
 * (people of an OpenID Connect provider are signed in again by the provider).
 *
 * <p>The cookie holds a series and a token; the token changes at every use, and a token presented
 * again after it changed (a copied cookie) ends every series of the account (Spring's theft
 * check). Tokens are kept as hashes ({@link RememberMeTokens}): the presented one is hashed here
 * before Spring compares it. A sign-in by the cookie marks its new session
 * ({@link RestoredSignIn}), so the page can say that it was reloaded when a cluster node was lost.
 */
final class PortalRememberMeServices extends PersistentTokenBasedRememberMeServices {

    private static final Logger log = LoggerFactory.getLogger(PortalRememberMeServices.class);

    static final String PARAMETER = "remember-me";
    static final String COOKIE = "portal-remember-me";

    PortalRememberMeServices(String key, UserDetailsService users, RememberMeTokens tokens, Duration validity) {
        super(key, users, tokens);
        setParameter(PARAMETER);
        setCookieName(COOKIE);
        setTokenValiditySeconds(Math.toIntExact(validity.toSeconds()));
        // Sent with top-level navigations from elsewhere (a link in a mail), not with cross-site posts.
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
                                                 HttpServletResponse response) {
        if (cookieTokens.length == 2) {
            cookieTokens = new String[] {cookieTokens[0], RememberMeTokens.hash(cookieTokens[1])};
        }
        return super.processAutoLoginCookie(cookieTokens, request, response);
    }

    /**
     * Signs in by the cookie, if it is valid. A token that was already used (a copied cookie) has
     * made Spring forget every device of the account and clear the cookie; the request then goes
     * on signed out, to the sign-in page, instead of failing with a server error.
     */
    @Override
    public Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication;
        try {
            authentication = super.autoLogin(request, response);
        } catch (CookieTheftException e) {
            log.warn("A remember-me token was presented again after it changed: every device of its account is forgotten");
            return null;
        }
        if (authentication != null) {
            RestoredSignIn.mark(request.getSession(true));
        }
        return authentication;
    }
}
