package org.eshraqa.portal.requests;

import java.time.LocalDate;
import org.eshraqa.portal.shared.Region;

/**
 * The applicant part of the support request form (PRODUCT.md section 1), as the form and the
 * service exchange it. Any field may be empty while the request is a draft; submitting needs all
 * but the Latin name. Values are already parsed: the national ID and mobile as the person typed
 * them are checked by the service.
 */
public record Applicant(String fullName, String latinName, String nationalId, LocalDate birthDate,
                        BirthCalendar birthCalendar, Gender gender, String nationality, MaritalStatus maritalStatus,
                        Region region, String city, String mobile, String email, Integer householdMembers,
                        IncomeBand incomeBand, Employment employment) {

    public static Applicant empty() {
        return new Applicant(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The calendar the person entered their date of birth in; the date itself is kept Gregorian. */
    public enum BirthCalendar { HIJRI, GREGORIAN }

    public enum Gender { MALE, FEMALE }

    public enum MaritalStatus { SINGLE, MARRIED, DIVORCED, WIDOWED }

    /** Household monthly income in Saudi riyals. */
    public enum IncomeBand { NONE, UNDER_3000, FROM_3000_TO_5999, FROM_6000_TO_9999, FROM_10000 }

    public enum Employment { EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, STUDENT, RETIRED, UNABLE_TO_WORK }
}
