package org.eshraqa.portal.shared.casefile;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;

/**
 * A written entry of a case file, a message or an internal note: who wrote it, when, and the text,
 * sealed at rest and bound to its row ({@link SealedFields}). Each kind of case maps it to a table
 * of its own ({@code @Table} on its entity) and adds the column that points to its case; a message
 * extends {@link CaseFileMessage}, a note {@link CaseFileNote}.
 */
@MappedSuperclass
public abstract class CaseFileEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long authorAccountId;

    private String authorName;

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String body;

    private Instant createdAt;

    protected CaseFileEntry() {
    }

    protected CaseFileEntry(long authorAccountId, String authorName, String body, Instant createdAt) {
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = sealed().seal("body", body);
        this.createdAt = createdAt;
    }


    /** Whether a member of staff wrote it; a note always is. */
    protected abstract boolean writtenByStaff();

    public Long id() {
        return id;
    }

    /** The entry as it is read, its body opened. */
    public ThreadMessage view() {
        return new ThreadMessage(id, authorName, writtenByStaff(), sealed().open("body", body), createdAt);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of(EntityTables.of(this), rowKey, created -> rowKey = created);
    }
}
