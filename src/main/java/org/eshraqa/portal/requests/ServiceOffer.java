package org.eshraqa.portal.requests;

import java.util.List;
import java.util.Locale;

/** A service as the catalogue shows it, in both languages, with the documents it requires. */
public record ServiceOffer(String code, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
                           List<DocumentType> requiredDocuments) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionAr;
    }
}
