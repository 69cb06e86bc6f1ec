package org.eshraqa.portal.volunteering;

/** Documents a volunteer uploads with the application. */
public enum DocumentKind {
    /** Required. */
    CV,
    CERTIFICATE,
    LICENCE
}
