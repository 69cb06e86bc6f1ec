package org.eshraqa.portal.identity;

/**
 * An account's password was changed in the session {@code keptSessionId} (null when none): every
 * other session of the account ends.
 */
record PasswordChanged(long accountId, String keptSessionId) {
}
