package org.eshraqa.portal.surveys;

import jakarta.persistence.Embeddable;

/** One aspect a survey asks to rate from 1 to 5 (speed, courtesy, …), in both languages. */
@Embeddable
public record TemplateDimension(String code, String labelAr, String labelEn) {

    public String label(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) ? labelAr : labelEn;
    }
}
