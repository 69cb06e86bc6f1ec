package org.eshraqa.portal.identity;

/** An account lost a role; its open sessions still carry it, so they end. */
public record AccountRolesRevoked(long accountId) {
}
