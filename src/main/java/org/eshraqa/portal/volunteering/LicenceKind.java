package org.eshraqa.portal.volunteering;

/** Professional licences that specialised support needs (e.g. from the Saudi Commission for Health Specialties). */
public enum LicenceKind {
    PSYCHOLOGIST,
    PSYCHIATRIST,
    COUNSELLOR,
    SOCIAL_WORKER,
    NURSE,
    OTHER
}
