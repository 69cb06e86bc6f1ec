package org.eshraqa.portal.shared.crypto;

/**
 * A stored value that cannot be decrypted: altered, copied from another row or column, or written
 * with a key that is no longer configured. Its message names the place, never the content.
 */
public class UnreadableValueException extends IllegalStateException {

    UnreadableValueException(String message) {
        super(message);
    }

    UnreadableValueException at(FieldBinding binding) {
        UnreadableValueException placed = new UnreadableValueException(getMessage() + " (" + binding + ")");
        placed.setStackTrace(getStackTrace());
        return placed;
    }
}
