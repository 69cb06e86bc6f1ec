/**
 * Identity: accounts, roles, self-registration with e-mail verification, OpenID Connect sign-in,
 * staff administration and the web security configuration. Its API is {@link org.eshraqa.portal.identity.Accounts}.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.identity;
