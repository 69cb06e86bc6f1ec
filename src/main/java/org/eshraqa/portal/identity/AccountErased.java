package org.eshraqa.portal.identity;

/** An account was erased: its sessions end once the change is committed. */
public record AccountErased(long accountId) {
}
