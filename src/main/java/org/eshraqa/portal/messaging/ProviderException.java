package org.eshraqa.portal.messaging;

/**
 * A provider refused a message or could not be reached. {@code permanent}: sending the same
 * message again will fail the same way (a wrong number, a template that does not exist, bad
 * credentials), so the outbox gives up at once; otherwise it tries again later.
 */
public class ProviderException extends RuntimeException {

    private final boolean permanent;
    private final String code;

    public ProviderException(boolean permanent, String code, String message) {
        super(message);
        this.permanent = permanent;
        this.code = code;
    }

    public ProviderException(boolean permanent, String code, String message, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.code = code;
    }

    public boolean permanent() {
        return permanent;
    }

    public String code() {
        return code;
    }
}
