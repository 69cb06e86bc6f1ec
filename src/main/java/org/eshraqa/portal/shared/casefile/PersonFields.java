package org.eshraqa.portal.shared.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.NationalId;
import org.eshraqa.portal.shared.SaudiMobile;

/**
 * Checks the person's details of a case field by field, as a draft is saved: a blank value clears
 * the field, a valid one is normalised (the value types: national ID or iqama with its check digit,
 * Saudi mobile, e-mail), and a value typed wrong is reported under its field name while the last
 * valid value is kept. Each kind of case adds its own fields and rules around these.
 */
public final class PersonFields {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final String tooLongKey;

    /** @param tooLongKey the message for a value over its length, or null for the field's own message */
    public PersonFields(String tooLongKey) {
        this.tooLongKey = tooLongKey;
    }

    /** The message keys by field name found so far, in the order the fields were checked. */
    public Map<String, String> errors() {
        return errors;
    }

    public void error(String field, String messageKey) {
        errors.put(field, messageKey);
    }

    /**
     * Blank means "cleared"; over {@code maxLength} or rejected by {@code parse} (which returns
     * null) records the error and keeps {@code current}.
     */
    public String text(String raw, int maxLength, String current, String field, Function<String, String> parse,
                       String errorKey) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String stripped = raw.strip();
        String parsed = stripped.length() > maxLength ? null : parse.apply(stripped);
        if (parsed == null) {
            errors.put(field, stripped.length() > maxLength && tooLongKey != null ? tooLongKey : errorKey);
            return current;
        }
        return parsed;
    }

    /** A full name of at least two words in {@code letters}, its spaces collapsed. */
    public String fullName(String raw, String current, Pattern letters, String errorKey) {
        return text(raw, 200, current, "fullName", name -> {
            String collapsed = name.replaceAll("\\s+", " ");
            return letters.matcher(collapsed).matches() && collapsed.split(" ").length >= 2 ? collapsed : null;
        }, errorKey);
    }

    public String nationalId(String raw, String current) {
        return text(raw, 20, current, "nationalId", id -> NationalId.parse(id).map(NationalId::value).orElse(null),
                "applicant.nationalId.invalid");
    }

    public String city(String raw, String current) {
        return text(raw, 100, current, "city", c -> c, "applicant.city.invalid");
    }

    /** Stored in international form, {@code +9665…}. */
    public String mobile(String raw, String current) {
        return text(raw, 30, current, "mobile", m -> SaudiMobile.parse(m).map(SaudiMobile::e164).orElse(null),
                "validation.mobile");
    }

    public String email(String raw, String current) {
        return text(raw, 254, current, "email", e -> EmailAddress.isValid(e) ? new EmailAddress(e).value() : null,
                "validation.email");
    }

    /** What submission still needs: {@code field.required} for a value not given. */
    public static void require(Object value, String field, Map<String, String> errors) {
        if (value == null) {
            errors.putIfAbsent(field, "field.required");
        }
    }
}
