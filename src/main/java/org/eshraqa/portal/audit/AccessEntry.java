package org.eshraqa.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eshraqa.portal.identity.Role;

/** One opening of a sensitive record by a member of staff. Never changed or deleted by the portal. */
@Entity
@Table(name = "access_log")
class AccessEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant openedAt;
    private long staffAccountId;
    private String staffName;
    @Enumerated(EnumType.STRING)
    private Role staffRole;
    private Long subjectAccountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind")
    private RecordKind kind;
    private long recordId;
    private String recordLabel;

    protected AccessEntry() {
    }

    AccessEntry(Instant openedAt, long staffAccountId, String staffName, Role staffRole, Long subjectAccountId,
                RecordKind kind, long recordId, String recordLabel) {
        this.openedAt = openedAt;
        this.staffAccountId = staffAccountId;
        this.staffName = staffName;
        this.staffRole = staffRole;
        this.subjectAccountId = subjectAccountId;
        this.kind = kind;
        this.recordId = recordId;
        this.recordLabel = recordLabel;
    }

    AccessLogRow row() {
        return new AccessLogRow(id, openedAt, staffName, staffRole, kind, recordLabel, subjectAccountId);
    }

    OpenedMyFile forSubject(boolean showNames) {
        return new OpenedMyFile(openedAt, staffRole, showNames ? staffName : null, kind, recordLabel);
    }
}
