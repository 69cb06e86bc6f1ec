package org.eshraqa.portal.shared.casefile;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A message on a case's thread, by the person or by staff. */
@MappedSuperclass
public abstract class CaseFileMessage extends CaseFileEntry {

    private boolean fromStaff;

    protected CaseFileMessage() {
    }

    protected CaseFileMessage(long authorAccountId, String authorName, boolean fromStaff, String body,
                              Instant createdAt) {
        super(authorAccountId, authorName, body, createdAt);
        this.fromStaff = fromStaff;
    }

    @Override
    protected boolean writtenByStaff() {
        return fromStaff;
    }
}
