package org.eshraqa.portal.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eshraqa.portal.requests.Applicant.BirthCalendar;
import org.eshraqa.portal.requests.Applicant.Employment;
import org.eshraqa.portal.requests.Applicant.Gender;
import org.eshraqa.portal.requests.Applicant.IncomeBand;
import org.eshraqa.portal.requests.Applicant.MaritalStatus;
import org.eshraqa.portal.shared.Region;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The applicant's details as stored with the request; already validated by the service. */
@Embeddable
class ApplicantData {

    @Column(name = "applicant_name")
    private String fullName;
    @Column(name = "applicant_name_latin")
    private String latinName;
    private String nationalId;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private BirthCalendar birthCalendar;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Gender gender;
    private String nationality;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MaritalStatus maritalStatus;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Region region;
    private String city;
    private String mobile;
    private String email;
    private Integer householdMembers;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private IncomeBand incomeBand;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Employment employment;

    protected ApplicantData() {
    }

    ApplicantData(Applicant applicant) {
        set(applicant);
    }

    Applicant toApplicant() {
        return new Applicant(fullName, latinName, nationalId, birthDate, birthCalendar, gender, nationality,
                maritalStatus, region, city, mobile, email, householdMembers, incomeBand, employment);
    }

    /** The form sections whose values differ between this and {@code next}. */
    Set<FormSection> changedSections(Applicant next) {
        Applicant now = toApplicant();
        Set<FormSection> changed = EnumSet.noneOf(FormSection.class);
        if (!Objects.equals(now.fullName(), next.fullName()) || !Objects.equals(now.latinName(), next.latinName())
                || !Objects.equals(now.nationalId(), next.nationalId())
                || !Objects.equals(now.birthDate(), next.birthDate())
                || now.birthCalendar() != next.birthCalendar() || now.gender() != next.gender()
                || !Objects.equals(now.nationality(), next.nationality())
                || now.maritalStatus() != next.maritalStatus()) {
            changed.add(FormSection.IDENTITY);
        }
        if (now.region() != next.region() || !Objects.equals(now.city(), next.city())
                || !Objects.equals(now.mobile(), next.mobile()) || !Objects.equals(now.email(), next.email())) {
            changed.add(FormSection.CONTACT);
        }
        if (!Objects.equals(now.householdMembers(), next.householdMembers()) || now.incomeBand() != next.incomeBand()
                || now.employment() != next.employment()) {
            changed.add(FormSection.HOUSEHOLD);
        }
        return changed;
    }

    /**
     * Every field submission needs is present. The Latin name is optional, and so is the e-mail,
     * which someone who phoned or wrote may not have (the service asks it of applicants from home).
     */
    boolean isComplete() {
        return fullName != null && nationalId != null && birthDate != null && birthCalendar != null && gender != null
                && nationality != null && maritalStatus != null && region != null && city != null && mobile != null
                && householdMembers != null && incomeBand != null && employment != null;
    }

    final void set(Applicant a) {
        fullName = a.fullName();
        latinName = a.latinName();
        nationalId = a.nationalId();
        birthDate = a.birthDate();
        birthCalendar = a.birthCalendar();
        gender = a.gender();
        nationality = a.nationality();
        maritalStatus = a.maritalStatus();
        region = a.region();
        city = a.city();
        mobile = a.mobile();
        email = a.email();
        householdMembers = a.householdMembers();
        incomeBand = a.incomeBand();
        employment = a.employment();
    }

    String fullName() {
        return fullName;
    }

    String nationalId() {
        return nationalId;
    }

    String mobile() {
        return mobile;
    }

    Region region() {
        return region;
    }

    /** Canonical text of every field, for the submission snapshot's hash. */
    String canonical() {
        return String.join("\u001f", String.valueOf(fullName), String.valueOf(latinName), String.valueOf(nationalId),
                String.valueOf(birthDate), String.valueOf(birthCalendar), String.valueOf(gender),
                String.valueOf(nationality), String.valueOf(maritalStatus), String.valueOf(region),
                String.valueOf(city), String.valueOf(mobile), String.valueOf(email), String.valueOf(householdMembers),
                String.valueOf(incomeBand), String.valueOf(employment));
    }
}
