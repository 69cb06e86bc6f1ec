package org.eshraqa.portal.requests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.NationalId;
import org.eshraqa.portal.shared.SaudiMobile;

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
        Map<String, String> errors = new LinkedHashMap<>();
        String fullName = text(input.fullName(), 200, current.fullName(), "fullName", errors, name -> {
            String collapsed = name.replaceAll("\\s+", " ");
            return ID_NAME.matcher(collapsed).matches() && collapsed.split(" ").length >= 2 ? collapsed : null;
        }, "applicant.fullName.invalid");
        String latinName = text(input.latinName(), 200, current.latinName(), "latinName", errors,
                name -> LATIN_NAME.matcher(name).matches() ? name.replaceAll("\\s+", " ") : null,
                "applicant.latinName.invalid");
        String nationalId = text(input.nationalId(), 20, current.nationalId(), "nationalId", errors,
                id -> NationalId.parse(id).map(NationalId::value).orElse(null), "applicant.nationalId.invalid");
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
        String city = text(input.city(), 100, current.city(), "city", errors, c -> c, "applicant.city.invalid");
        String mobile = text(input.mobile(), 30, current.mobile(), "mobile", errors,
                m -> SaudiMobile.parse(m).map(SaudiMobile::e164).orElse(null), "validation.mobile");
        String email = text(input.email(), 254, current.email(), "email", errors,
                e -> EmailAddress.isValid(e) ? new EmailAddress(e).value() : null, "validation.email");
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
        if (value == null) {
            errors.put(field, "field.required");
        }
    }

    /**
     * Blank means "cleared"; too long or rejected by {@code parse} records the error and keeps
     * the current value.
     */
    private static String text(String raw, int maxLength, String current, String field, Map<String, String> errors,
                               Function<String, String> parse, String errorKey) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String stripped = raw.strip();
        String parsed = stripped.length() > maxLength ? null : parse.apply(stripped);
        if (parsed == null) {
            errors.put(field, errorKey);
            return current;
        }
        return parsed;
    }
}
