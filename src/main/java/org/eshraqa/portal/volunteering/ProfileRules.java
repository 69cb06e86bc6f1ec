package org.eshraqa.portal.volunteering;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eshraqa.portal.shared.casefile.PersonFields;

/**
 * Checks a volunteer's profile with the same rules as a support request's applicant (national ID
 * or iqama with its check digit, Saudi mobile). A draft keeps every valid value and the last valid
 * value of a field typed wrong. Licence and availability rows are kept as typed, so a half-written
 * row is not lost, but each wrong one is reported at once and blocks submission. Errors are
 * message keys per field: {@code licences.2} or {@code availability.0} name a row.
 */
final class ProfileRules {

    /** Arabic or Latin letters, spaces and the few marks names carry; at least two words. */
    private static final Pattern NAME = Pattern.compile("[\\u0621-\\u064A\\u064B-\\u0652\\u0640A-Za-z' .-]+");
    static final int MAX_TEXT = 2000;
    static final int MAX_ROWS = 14;

    private ProfileRules() {
    }

    record Checked(VolunteerProfile profile, Map<String, String> errors) {
    }

    static Checked check(VolunteerProfile input, VolunteerProfile current, LocalDate today, int minimumAge) {
        PersonFields fields = new PersonFields("volunteer.text.tooLong");
        Map<String, String> errors = fields.errors();
        String fullName = fields.fullName(input.fullName(), current.fullName(), NAME, "volunteer.fullName.invalid");
        String nationalId = fields.nationalId(input.nationalId(), current.nationalId());
        LocalDate birthDate = input.birthDate();
        if (birthDate != null) {
            if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(100))) {
                errors.put("birthDate", "applicant.birthDate.invalid");
                birthDate = current.birthDate();
            } else if (Period.between(birthDate, today).getYears() < minimumAge) {
                errors.put("birthDate", "volunteer.birthDate.tooYoung");
                birthDate = current.birthDate();
            }
        }
        String city = fields.city(input.city(), current.city());
        String mobile = fields.mobile(input.mobile(), current.mobile());
        String email = fields.email(input.email(), current.email());
        String fieldOfStudy = fields.text(input.fieldOfStudy(), 200, current.fieldOfStudy(), "fieldOfStudy", f -> f,
                "volunteer.text.tooLong");
        String experience = fields.text(input.experience(), MAX_TEXT, current.experience(), "experience", e -> e,
                "volunteer.text.tooLong");
        String motivation = fields.text(input.motivation(), MAX_TEXT, current.motivation(), "motivation", m -> m,
                "volunteer.text.tooLong");

        List<Licence> licences = rows(input.licences(), current.licences(), "licences", errors);
        for (int i = 0; i < licences.size(); i++) {
            Licence licence = tidy(licences.get(i));
            licences.set(i, licence);
            if (licence.number() != null && licence.number().length() > 40
                    || licence.issuer() != null && licence.issuer().length() > 200) {
                errors.put(VolunteerProfile.licenceField(i), "volunteer.text.tooLong");
            } else if (licence.expiresOn() != null && licence.expiresOn().isBefore(today)) {
                errors.put(VolunteerProfile.licenceField(i), "volunteer.licence.expired");
            }
        }
        List<Availability> availability = rows(input.availability(), current.availability(), "availability", errors);
        for (int i = 0; i < availability.size(); i++) {
            Availability slot = availability.get(i);
            if (slot.isComplete() && !slot.isValid()) {
                errors.put(VolunteerProfile.availabilityField(i), "volunteer.availability.order");
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (slot.overlaps(availability.get(j))) {
                    errors.put(VolunteerProfile.availabilityField(i), "volunteer.availability.overlap");
                    break;
                }
            }
        }
        VolunteerProfile checked = new VolunteerProfile(fullName, nationalId, birthDate, input.gender(), input.region(),
                city, mobile, email, input.education(), fieldOfStudy, experience, motivation, input.skills(),
                input.languages(), input.interests(), licences, availability);
        return new Checked(checked, errors);
    }

    /** What submission still needs: every row complete and valid, a licence for specialised support. */
    static Map<String, String> missing(VolunteerProfile p, LocalDate today, int minimumAge) {
        Map<String, String> errors = new LinkedHashMap<>(check(p, p, today, minimumAge).errors());
        requireField(p.fullName(), "fullName", errors);
        requireField(p.nationalId(), "nationalId", errors);
        requireField(p.birthDate(), "birthDate", errors);
        requireField(p.gender(), "gender", errors);
        requireField(p.region(), "region", errors);
        requireField(p.city(), "city", errors);
        requireField(p.mobile(), "mobile", errors);
        requireField(p.email(), "email", errors);
        requireField(p.education(), "education", errors);
        requireField(p.motivation(), "motivation", errors);
        if (p.skills().isEmpty()) {
            errors.putIfAbsent("skills", "volunteer.skills.required");
        }
        if (p.languages().isEmpty()) {
            errors.putIfAbsent("languages", "volunteer.languages.required");
        }
        if (p.interests().isEmpty()) {
            errors.putIfAbsent("interests", "volunteer.interests.required");
        }
        for (int i = 0; i < p.licences().size(); i++) {
            if (!p.licences().get(i).isComplete()) {
                errors.putIfAbsent(VolunteerProfile.licenceField(i), "volunteer.licence.incomplete");
            }
        }
        if (p.specialised() && p.licences().stream().noneMatch(l -> l.isValidOn(today))) {
            errors.putIfAbsent("licences", "volunteer.licence.requiredForSpecialised");
        }
        if (p.availability().isEmpty()) {
            errors.putIfAbsent("availability", "volunteer.availability.required");
        }
        for (int i = 0; i < p.availability().size(); i++) {
            if (!p.availability().get(i).isComplete()) {
                errors.putIfAbsent(VolunteerProfile.availabilityField(i), "volunteer.availability.incomplete");
            }
        }
        return errors;
    }

    private static <T> List<T> rows(List<T> input, List<T> current, String field, Map<String, String> errors) {
        if (input.size() > MAX_ROWS) {
            errors.put(field, "volunteer.rows.tooMany");
            return new ArrayList<>(current);
        }
        return new ArrayList<>(input);
    }

    private static Licence tidy(Licence licence) {
        return new Licence(licence.kind(), blankToNull(licence.number()), blankToNull(licence.issuer()),
                licence.expiresOn());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireField(Object value, String field, Map<String, String> errors) {
        PersonFields.require(value, field, errors);
    }
}
