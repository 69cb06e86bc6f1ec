package org.eshraqa.portal.surveys;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of the survey for a trigger. Overall satisfaction (CSAT 1–5), effort (CES 1–7),
 * recommendation (NPS 0–10), a comment and "may we contact you?" are always asked; the rated
 * dimensions and the introduction are the quality manager's to change. A version that responses
 * answered is never changed: editing it makes the next version.
 */
@Entity
@Table(name = "survey_template")
class SurveyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TriggerType triggerType;

    private int versionNumber;
    private String introAr;
    private String introEn;
    private boolean currentVersion;
    private Instant createdAt;
    private Long createdBy;

    @ElementCollection
    @CollectionTable(name = "survey_template_dimension", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplateDimension> dimensions = new ArrayList<>();

    @Version
    private long version;

    protected SurveyTemplate() {
    }

    SurveyTemplate(TriggerType trigger, int versionNumber, TemplateDraft draft, long createdBy, Instant now) {
        this.triggerType = trigger;
        this.versionNumber = versionNumber;
        this.currentVersion = true;
        this.createdAt = now;
        this.createdBy = createdBy;
        apply(draft);
    }

    void apply(TemplateDraft draft) {
        this.introAr = draft.introAr();
        this.introEn = draft.introEn();
        this.dimensions = new ArrayList<>(draft.dimensions());
    }

    void retire() {
        currentVersion = false;
    }

    Long id() {
        return id;
    }

    TriggerType trigger() {
        return triggerType;
    }

    int versionNumber() {
        return versionNumber;
    }

    long version() {
        return version;
    }

    List<TemplateDimension> dimensions() {
        return List.copyOf(dimensions);
    }

    TemplateView view(boolean answered) {
        return new TemplateView(id, triggerType, versionNumber, introAr, introEn, List.copyOf(dimensions), answered,
                version);
    }
}
