package org.eshraqa.portal.requests;

/**
 * A relations officer unlinked a request from the account that claimed it wrongly (P-8): what
 * that account was told about the request should go too.
 */
public record RequestClaimUndone(long requestId, long accountId) {
}
