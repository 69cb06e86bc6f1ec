package org.eshraqa.portal.content;

/** Someone changed or deleted the entry since the administrator opened it; nothing was overwritten. */
public class EditConflict extends RuntimeException {

    EditConflict() {
        super("content.conflict");
    }

    public String messageKey() {
        return getMessage();
    }
}
