package org.eshraqa.portal.surveys;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** "You said, we did" (P-7.2, P-7.5): what the association changed because of feedback. */
@Entity
@Table(name = "improvement_action")
class ImprovementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String titleAr;
    private String titleEn;
    private String saidAr;
    private String saidEn;
    private String didAr;
    private String didEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Dimension themeDim;

    private String themeValue;
    private String ratingCode;
    private String periodLabel;
    private long ownerAccountId;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ActionStatus status;

    private boolean published;
    private Instant publishedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected ImprovementAction() {
    }

    ImprovementAction(ActionDraft draft, Instant now) {
        this.createdAt = now;
        apply(draft);
    }

    void apply(ActionDraft d) {
        titleAr = d.titleAr();
        titleEn = d.titleEn();
        saidAr = d.saidAr();
        saidEn = d.saidEn();
        didAr = d.didAr();
        didEn = d.didEn();
        themeDim = d.themeDimension();
        themeValue = d.themeValue();
        ratingCode = d.ratingCode();
        periodLabel = d.periodLabel();
        ownerAccountId = d.ownerAccountId();
        dueOn = d.dueOn();
        status = d.status();
        if (status != ActionStatus.DONE) {
            published = false;
            publishedAt = null;
        }
    }

    /** Only what was done is published: a promise is not a result. */
    void publish(boolean publish, Instant now) {
        if (publish && status != ActionStatus.DONE) {
            throw new IllegalStateException("Only a done action is published");
        }
        if (publish && !published) {
            publishedAt = now;
        }
        published = publish;
        if (!publish) {
            publishedAt = null;
        }
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    ActionStatus status() {
        return status;
    }

    ActionView view(String ownerName) {
        return new ActionView(id, titleAr, titleEn, saidAr, saidEn, didAr, didEn, themeDim, themeValue, ratingCode,
                periodLabel, ownerAccountId, ownerName, dueOn, status, published, publishedAt, version);
    }

    long ownerAccountId() {
        return ownerAccountId;
    }
}
