package org.eshraqa.portal.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eshraqa.portal.shared.UploadRules;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One account's attempt to claim one request recorded on someone's behalf (P-8). The one-time
 * code sent to the recorded mobile is kept only as a salted SHA-256; it works until it expires,
 * is used, or has been entered wrong {@code maxWrongTries} times.
 */
@Entity
class RequestClaim {

    enum Status {
        /** A code went to the recorded mobile and waits to be entered. */
        CODE_SENT,
        /** The claimant asked a relations officer to confirm. */
        AWAITING_OFFICER,
        LINKED,
        REFUSED,
        /** Replaced by a newer code, entered wrong too often, or the request was linked to someone. */
        VOID,
        /** Linked, then undone by a relations officer. */
        UNDONE
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;

    private long claimantAccountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private String codeSalt;

    private String codeHash;

    private Instant codeExpiresAt;

    private int wrongTries;

    private Instant createdAt;

    private Instant closedAt;

    @Version
    private long version;

    protected RequestClaim() {
    }

    RequestClaim(long requestId, long claimantAccountId, String code, Instant now, Duration validFor) {
        this.requestId = requestId;
        this.claimantAccountId = claimantAccountId;
        this.status = Status.CODE_SENT;
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        this.codeSalt = HexFormat.of().formatHex(salt);
        this.codeHash = hash(codeSalt, code);
        this.codeExpiresAt = now.plus(validFor);
        this.createdAt = now;
    }

    /** Six digits from {@link SecureRandom}, leading zeros kept. */
    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static String hash(String salt, String code) {
        return UploadRules.sha256((salt + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    boolean isWaitingForCode(Instant now) {
        return status == Status.CODE_SENT && codeExpiresAt != null && now.isBefore(codeExpiresAt);
    }

    /** Whether this code is the one sent; a wrong one counts against the code, which is void after the last try. */
    boolean tryCode(String code, Instant now, int maxWrongTries) {
        if (!isWaitingForCode(now)) {
            return false;
        }
        boolean right = MessageDigest.isEqual(hash(codeSalt, code).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            wrongTries++;
            if (wrongTries >= maxWrongTries) {
                close(Status.VOID, now);
            }
        }
        return right;
    }

    void askOfficer() {
        this.status = Status.AWAITING_OFFICER;
        forgetCode();
    }

    void close(Status outcome, Instant now) {
        this.status = outcome;
        this.closedAt = now;
        forgetCode();
    }

    /** The undo of a claim: the link it made no longer holds. */
    void undo(Instant now) {
        this.status = Status.UNDONE;
        this.closedAt = now;
    }

    private void forgetCode() {
        this.codeHash = null;
        this.codeSalt = null;
        this.codeExpiresAt = null;
    }

    Long id() {
        return id;
    }

    long requestId() {
        return requestId;
    }

    long claimantAccountId() {
        return claimantAccountId;
    }

    Status status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }
}
