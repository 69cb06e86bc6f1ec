package org.eshraqa.portal.requests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eshraqa.portal.shared.casefile.PersonFields;

/**
 * Checks the applicant's details field by field. A draft keeps every valid value and the last
 * valid value of a field typed wrong; submission needs every field but the Latin name. Errors are
 * message keys per field name of {@link Applicant}.
 */
final class ApplicantRules {

    /**
     * The name as written on the ID, in Arabic or in Latin letters (an iqama may carry only the
     * latter), with spaces and the few marks names carry; at least two words.
     */
    private static final Pattern ID_NAME = Pattern.compile(
            "[\\u0621-\\u064A\\u0660-\\u0669\\u064B-\\u0652\\u0640 ]+|[A-Za-z' .-]+");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z' .-]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ApplicantRules() {
    }

    record Checked(Applicant applicant, Map<String, String> errors) {
    }

    /** Normalises {@code input}; a field that is invalid keeps its value from {@code current}. */
    static Checked check(Applicant input, Applicant current, LocalDate today) {
        PersonFields fields = new PersonFields(null);
        Map<String, String> errors = fields.errors();
        String fullName = fields.fullName(input.fullName(), current.fullName(), ID_NAME,
                "applicant.fullName.invalid");
        String latinName = fields.text(input.latinName(), 200, current.latinName(), "latinName",
                name -> LATIN_NAME.matcher(name).matches() ? name.replaceAll("\\s+", " ") : null,
                "applicant.latinName.invalid");
        String nationalId = fields.nationalId(input.nationalId(), current.nationalId());
        LocalDate birthDate = input.birthDate();
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(120)))) {
            errors.put("birthDate", birthDate.isAfter(today) ? "applicant.birthDate.future"
                    : "applicant.birthDate.invalid");
            birthDate = current.birthDate();
        }
        String nationality = input.nationality();
        if (nationality != null && !COUNTRIES.contains(nationality)) {
            errors.put("nationality", "applicant.nationality.invalid");
            nationality = current.nationality();
        }
        String city = fields.city(input.city(), current.city());
        String mobile = fields.mobile(input.mobile(), current.mobile());
        String email = fields.email(input.email(), current.email());
        Integer members = input.householdMembers();
        if (members != null && (members < 1 || members > 30)) {
            errors.put("householdMembers", "applicant.householdMembers.range");
            members = current.householdMembers();
        }
        Applicant checked = new Applicant(fullName, latinName, nationalId, birthDate,
                birthDate == null ? null : input.birthCalendar() == null ? Applicant.BirthCalendar.GREGORIAN
                        : input.birthCalendar(),
                input.gender(), nationality, input.maritalStatus(), input.region(), city, mobile, email, members,
                input.incomeBand(), input.employment());
        return new Checked(checked, errors);
    }

    /**
     * The fields submission still needs, each with "field.required". Someone who phoned or wrote
     * may have no e-mail address, so it is optional for a request recorded on their behalf.
     */
    static Map<String, String> missing(Applicant a, boolean onBehalf) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireField(a.fullName(), "fullName", errors);
        requireField(a.nationalId(), "nationalId", errors);
        requireField(a.birthDate(), "birthDate", errors);
        requireField(a.gender(), "gender", errors);
        requireField(a.nationality(), "nationality", errors);
        requireField(a.maritalStatus(), "maritalStatus", errors);
        requireField(a.region(), "region", errors);
        requireField(a.city(), "city", errors);
        requireField(a.mobile(), "mobile", errors);
        if (!onBehalf) {
            requireField(a.email(), "email", errors);
        }
        requireField(a.householdMembers(), "householdMembers", errors);
        requireField(a.incomeBand(), "incomeBand", errors);
        requireField(a.employment(), "employment", errors);
        return errors;
    }

    private static void requireField(Object value, String field, Map<String, String> errors) {
        PersonFields.require(value, field, errors);
    }
}
