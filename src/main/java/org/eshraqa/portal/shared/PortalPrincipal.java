package org.eshraqa.portal.shared;

/** What every signed-in principal of the portal, local or OpenID Connect, tells about its account. */
public interface PortalPrincipal {

    long accountId();

    String displayName();
}
