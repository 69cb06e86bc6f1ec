package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializablePredicate;
import java.time.LocalDate;
import org.eshraqa.portal.shared.Digits;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.NationalId;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.SaudiMobile;

/**
 * Numbers and dates typed as text, for Binder: Latin, Arabic-Indic and Eastern Arabic-Indic digits
 * are read alike (a number field of the browser drops the last two), and what cannot be read is
 * reported on the field with its message instead of vanishing. Blank is "not given".
 */
public final class TypedInputs {

    private TypedInputs() {
    }

    /** A text field for a whole number: a numeric keyboard on phones, nothing typed is dropped. */
    public static TextField wholeNumberField(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.getElement().setAttribute("inputmode", "numeric");
        // Arabic keyboards' digits become Latin as they are typed (arabic-digits.js), as in number fields.
        field.getElement().setAttribute("data-latin-digits", true);
        return field;
    }

    /** A text field for a date typed day first ({@code 14/2/1996}), with the format as its hint. */
    public static TextField dateField(String id, String helperKey) {
        TextField field = new TextField();
        if (id != null) {
            field.setId(id);
        }
        field.getElement().setAttribute("inputmode", "numeric");
        field.getElement().setAttribute("data-latin-digits", true);
        field.setHelperText(Panels.t(helperKey));
        field.setPlaceholder(Panels.t("date.format.placeholder"));
        return field;
    }

    /** Reads a whole number; anything else fails with the message of {@code errorKey}. */
    public static Converter<String, Integer> wholeNumber(String errorKey) {
        return new Converter<>() {
            @Override
            public Result<Integer> convertToModel(String value, ValueContext context) {
                if (value == null || value.isBlank()) {
                    return Result.ok(null);
                }
                return Digits.wholeNumber(value).map(Result::ok).orElseGet(() -> Result.error(Panels.t(errorKey)));
            }

            @Override
            public String convertToPresentation(Integer value, ValueContext context) {
                return value == null ? "" : value.toString();
            }
        };
    }

    /** Reads a date typed day first in any digit set; anything else fails with the message of {@code errorKey}. */
    public static Converter<String, LocalDate> dayMonthYear(String errorKey) {
        return new Converter<>() {
            @Override
            public Result<LocalDate> convertToModel(String value, ValueContext context) {
                if (value == null || value.isBlank()) {
                    return Result.ok(null);
                }
                return PortalDates.parseDayMonthYear(value).map(Result::ok)
                        .orElseGet(() -> Result.error(Panels.t(errorKey)));
            }

            @Override
            public String convertToPresentation(LocalDate value, ValueContext context) {
                return value == null ? "" : PortalDates.dayMonthYear(value);
            }
        };
    }

    /** A national ID or iqama number with its check digit, in any digit set; blank is "not given". */
    public static Validator<String> nationalId() {
        return check(t -> NationalId.parse(t).isPresent(), "applicant.nationalId.invalid");
    }

    /** A Saudi mobile number, written any of the ways people write it; blank is "not given". */
    public static Validator<String> mobile() {
        return check(t -> SaudiMobile.parse(t).isPresent(), "validation.mobile");
    }

    public static Validator<String> email() {
        return check(EmailAddress::isValid, "validation.email");
    }

    private static Validator<String> check(SerializablePredicate<String> valid, String errorKey) {
        return Validator.from(text -> text == null || text.isBlank() || valid.test(text.strip()), Panels.t(errorKey));
    }
}
