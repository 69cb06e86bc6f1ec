package org.eshraqa.portal.shared;

import java.util.Map;

/**
 * Input a service refused, field by field. Values are message-bundle keys, so each view shows the
 * reason on the field in the reader's language. Services check again what the views already
 * checked: the browser is never trusted.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
