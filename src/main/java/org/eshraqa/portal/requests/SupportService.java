package org.eshraqa.portal.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.List;

/** One service of the catalogue (e.g. therapy-session support) and the documents it requires. */
@Entity
class SupportService {

    @Id
    private String code;

    private String nameAr;

    private String nameEn;

    private String descriptionAr;

    private String descriptionEn;

    /** Who can apply, in plain words; may be empty for a service not yet described. */
    private String eligibilityAr;

    private String eligibilityEn;

    /** Comma-separated {@link DocumentType} names. */
    private String documents;

    private boolean active;

    private int sortOrder;

    protected SupportService() {
    }

    String code() {
        return code;
    }

    boolean isActive() {
        return active;
    }

    ServiceOffer offer() {
        List<DocumentType> required = Arrays.stream(documents.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(DocumentType::valueOf).toList();
        return new ServiceOffer(code, nameAr, nameEn, descriptionAr, descriptionEn, eligibilityAr, eligibilityEn,
                required);
    }
}
