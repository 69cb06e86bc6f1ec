package org.eshraqa.portal.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eshraqa.portal.shared.EmailAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns a successful OpenID Connect sign-in into a portal account: linked by (provider, subject),
 * or by the provider-verified e-mail (in its canonical form, matched exactly, and not while the
 * account's sign-in limit is used up), or newly created as a beneficiary.
 */
@Component
class PortalOidcUserService extends OidcUserService {

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final Set<String> trustedEmailProviders;

    PortalOidcUserService(Accounts accounts, SignInThrottle throttle,
                          @Value("${portal.oidc.trusted-email-providers:}") String trustedEmailProviders) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.trustedEmailProviders = Arrays.stream(trustedEmailProviders.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String provider = request.getClientRegistration().getRegistrationId();
        boolean verified = Boolean.TRUE.equals(user.getEmailVerified()) || trustedEmailProviders.contains(provider);
        String client = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getRemoteAddr() : null;
        Account account = account(provider, user.getSubject(), user.getEmail(), verified, user.getFullName(), client);
        return new PortalOidcUser(account.id(), account.fullName(), PortalUserDetails.authorities(account),
                user.getIdToken(), user.getUserInfo());
    }

    /**
     * The account for what the provider vouched for. Its e-mail is canonicalised as a typed one;
     * linking it to an existing account is a way into that account, so it waits while that
     * account's sign-in limit is used up.
     */
    Account account(String provider, String subject, String email, boolean verified, String fullName,
                    String client) {
        if (!EmailAddress.isValid(email) || !verified) {
            throw new OAuth2AuthenticationException(new OAuth2Error("email_not_verified",
                    "The provider did not vouch for an e-mail address", null));
        }
        Account account = accounts.signInWithOidc(provider, subject, email, fullName,
                LocaleContextHolder.getLocale().getLanguage(),
                accountId -> throttle.waitBeforeAccount(accountId, client).isEmpty());
        if (!account.canSignIn() || account.roles().contains(Role.METRICS)) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled", "Account disabled", null));
        }
        return account;
    }
}
