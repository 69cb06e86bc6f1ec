package org.eshraqa.portal.identity;

/** An administrator disabled this account; its sessions end at once. */
public record AccountDisabled(long accountId) {
}
