package org.eshraqa.portal.surveys;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invitation to rate a service, with its single-use link. The link's token is looked up by
 * its SHA-256; the token itself is kept encrypted, only so the reminder can carry the same link.
 */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String tokenSealed;

    /** Names the service that ended (e.g. {@code request:12}): one invitation per service, however often the event arrives. */
    private String sourceKey;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TriggerType triggerType;

    private String serviceCode;
    private String channel;
    private String region;
    private String step;
    private Long staffAccountId;
    private String team;
    private String language;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant remindedAt;
    private Instant answeredAt;

    protected SurveyInvitation() {
    }

    SurveyInvitation(String tokenHash, String token, String sourceKey, long accountId, SurveyContext context,
                     String language, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.tokenSealed = sealed().seal("token_sealed", token);
        this.sourceKey = sourceKey;
        this.accountId = accountId;
        this.triggerType = context.trigger();
        this.serviceCode = context.serviceCode();
        this.channel = context.channel();
        this.region = context.region();
        this.step = context.step();
        this.staffAccountId = context.staffAccountId();
        this.team = context.team();
        this.language = language;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    enum Status { OPEN, ANSWERED, EXPIRED }

    Status status(Instant now) {
        if (answeredAt != null) {
            return Status.ANSWERED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    void answered(Instant now) {
        this.answeredAt = now;
    }

    Long id() {
        return id;
    }

    Long accountId() {
        return accountId;
    }

    String token() {
        return sealed().open("token_sealed", tokenSealed);
    }

    String language() {
        return language;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    SurveyContext context() {
        return new SurveyContext(triggerType, serviceCode, channel, region, step, staffAccountId, team);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("survey_invitation", rowKey, created -> rowKey = created);
    }
}
