package org.eshraqa.portal.requests;

/** Documents a service may require with a request. */
public enum DocumentType {
    NATIONAL_ID_COPY,
    MEDICAL_REPORT,
    PRESCRIPTION,
    INCOME_PROOF,
    FAMILY_RECORD
}
