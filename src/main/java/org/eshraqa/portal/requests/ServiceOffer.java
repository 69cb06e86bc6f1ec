package org.eshraqa.portal.requests;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A service as the catalogue shows it, in both languages: what it is, who can apply (either text
 * may be null while the administrator has not written it) and the documents it requires.
 */
public record ServiceOffer(String code, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
                           String eligibilityAr, String eligibilityEn, List<DocumentType> requiredDocuments) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionAr;
    }

    /** Who can apply, in this language; empty when it has not been written. */
    public Optional<String> eligibility(Locale locale) {
        String text = "en".equals(locale.getLanguage()) ? eligibilityEn : eligibilityAr;
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
