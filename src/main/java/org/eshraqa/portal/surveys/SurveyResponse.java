package org.eshraqa.portal.surveys;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One answered survey, kept against the template version it answered. It carries no name: who
 * answered is known only through the invitation, and staff see it only when the person asked to
 * be contacted. It is never changed after it is written.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long invitationId;
    private long templateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TriggerType triggerType;

    private String serviceCode;
    private String channel;
    private String region;
    private String step;
    private Long staffAccountId;
    private String team;
    private Instant answeredAt;
    private LocalDate answeredOn;
    private int csat;
    private Integer ces;
    private Integer nps;

    /** As the person wrote it; shown to staff with phone numbers, e-mails and IDs masked. */

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String comment;

    private boolean mayContact;

    @ElementCollection
    @CollectionTable(name = "survey_response_rating", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "rating")
    private Map<String, Integer> ratings = new LinkedHashMap<>();

    protected SurveyResponse() {
    }

    SurveyResponse(long invitationId, long templateId, SurveyContext context, SurveyAnswers answers, Instant now,
                   LocalDate today) {
        this.invitationId = invitationId;
        this.templateId = templateId;
        this.triggerType = context.trigger();
        this.serviceCode = context.serviceCode();
        this.channel = context.channel();
        this.region = context.region();
        this.step = context.step();
        this.staffAccountId = context.staffAccountId();
        this.team = context.team();
        this.answeredAt = now;
        this.answeredOn = today;
        this.csat = answers.csat();
        this.ces = answers.ces();
        this.nps = answers.nps();
        this.comment = sealed().seal("comment", answers.comment());
        this.mayContact = answers.mayContact();
        this.ratings = new LinkedHashMap<>(answers.ratings());
    }

    Long id() {
        return id;
    }

    long invitationId() {
        return invitationId;
    }

    String comment() {
        return sealed().open("comment", comment);
    }

    boolean mayContact() {
        return mayContact;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    LocalDate answeredOn() {
        return answeredOn;
    }

    int csat() {
        return csat;
    }

    Integer ces() {
        return ces;
    }

    Integer nps() {
        return nps;
    }

    Map<String, Integer> ratings() {
        return Map.copyOf(ratings);
    }

    SurveyContext context() {
        return new SurveyContext(triggerType, serviceCode, channel, region, step, staffAccountId, team);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("survey_response", rowKey, created -> rowKey = created);
    }
}
