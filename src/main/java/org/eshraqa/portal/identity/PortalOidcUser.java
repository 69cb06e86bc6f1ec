package org.eshraqa.portal.identity;

import java.util.Collection;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through an OpenID Connect provider, carrying their portal account and roles. */
final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    private final long accountId;
    private final String displayName;

    PortalOidcUser(long accountId, String displayName, Collection<? extends GrantedAuthority> authorities,
                   OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.accountId = accountId;
        this.displayName = displayName;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalPrincipal p && p.accountId() == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
