package org.eshraqa.portal.shared.casefile;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A staff note on a case; never shown to the person. */
@MappedSuperclass
public abstract class CaseFileNote extends CaseFileEntry {

    protected CaseFileNote() {
    }

    protected CaseFileNote(long authorAccountId, String authorName, String body, Instant createdAt) {
        super(authorAccountId, authorName, body, createdAt);
    }

    @Override
    protected boolean writtenByStaff() {
        return true;
    }
}
