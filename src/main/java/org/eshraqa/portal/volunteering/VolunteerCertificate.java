package org.eshraqa.portal.volunteering;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A certificate of volunteer hours as issued: what it states is fixed when it is issued, so its
 * verification code always confirms exactly what the PDF says.
 */
@Entity
@Table(name = "volunteer_certificate")
class VolunteerCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private long accountId;
    private String volunteerName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Gender gender;
    private long confirmedMinutes;
    private int opportunities;
    private LocalDate firstActivity;
    private LocalDate lastActivity;
    private Instant issuedAt;

    protected VolunteerCertificate() {
    }

    VolunteerCertificate(String code, long accountId, String volunteerName, Gender gender, long confirmedMinutes,
                         int opportunities, LocalDate firstActivity, LocalDate lastActivity, Instant issuedAt) {
        this.code = code;
        this.accountId = accountId;
        this.volunteerName = volunteerName;
        this.gender = gender;
        this.confirmedMinutes = confirmedMinutes;
        this.opportunities = opportunities;
        this.firstActivity = firstActivity;
        this.lastActivity = lastActivity;
        this.issuedAt = issuedAt;
    }

    long accountId() {
        return accountId;
    }

    long confirmedMinutes() {
        return confirmedMinutes;
    }

    CertificateView view() {
        return new CertificateView(id, code, volunteerName, gender, confirmedMinutes, opportunities, firstActivity,
                lastActivity, issuedAt);
    }
}
