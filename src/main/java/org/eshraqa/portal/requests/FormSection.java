package org.eshraqa.portal.requests;

/**
 * The parts of the request form. When staff ask for information they reopen only the sections
 * concerned; the beneficiary can change nothing else.
 */
public enum FormSection {
    IDENTITY,
    CONTACT,
    HOUSEHOLD,
    NEED,
    DOCUMENTS
}
