package org.eshraqa.portal.identity;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eshraqa.portal.shared.InvalidInputException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request to erase an account, and the trail that the erasure happened. It holds no personal
 * data: the account id, the reasons as message keys, dates and who decided.
 */
@Entity
class DataErasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ErasureState state;

    /** Message keys, comma-separated. */
    private String reasons;

    private Instant requestedAt;

    private Instant decidedAt;

    private Long decidedBy;

    /** Binds the sealed refusal reason to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String refusalReason;

    private Instant erasedAt;

    private Integer recordsErased;

    @Version
    private long version;

    protected DataErasure() {
    }

    private DataErasure(long accountId, ErasureState state, List<String> reasons, Instant now) {
        this.accountId = accountId;
        this.state = state;
        this.reasons = reasons.isEmpty() ? null : String.join(",", reasons);
        this.requestedAt = now;
    }

    /** Nothing must be kept: the erasure runs at once. */
    static DataErasure immediate(long accountId, Instant now) {
        return new DataErasure(accountId, ErasureState.PENDING, List.of(), now);
    }

    /** Something must be kept for now: an administrator decides. */
    static DataErasure awaitingDecision(long accountId, List<String> reasons, Instant now) {
        return new DataErasure(accountId, ErasureState.PENDING, reasons, now);
    }

    void erased(int records, Long decidedBy, Instant now) {
        requirePending();
        if (decidedBy != null) {
            this.decidedBy = decidedBy;
            this.decidedAt = now;
        }
        this.state = ErasureState.DONE;
        this.recordsErased = records;
        this.erasedAt = now;
    }

    void refuse(long decidedBy, String reason, Instant now) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "erasure.refuse.reasonRequired");
        }
        this.state = ErasureState.REFUSED;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
        this.refusalReason = sealed().seal("refusal_reason", reason.strip());
    }

    void cancel(Instant now) {
        requirePending();
        this.state = ErasureState.CANCELLED;
        this.decidedAt = now;
    }

    private void requirePending() {
        if (state != ErasureState.PENDING) {
            throw new ErasureChangedMeanwhile();
        }
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    ErasureState state() {
        return state;
    }

    List<String> reasons() {
        return reasons == null ? List.of() : Arrays.asList(reasons.split(","));
    }

    ErasureView view() {
        return new ErasureView(id, state, reasons(), requestedAt, decidedAt, sealed().open("refusal_reason", refusalReason), erasedAt);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("data_erasure", rowKey, created -> rowKey = created);
    }
}
